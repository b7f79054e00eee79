package org.tradetarget.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Every command prints through this one renderer, so its three formats are the contract users and
 * scripts see: tables aligned for people, CSV that any RFC 4180 reader splits back into the same
 * fields, JSON whose numbers read back to the same double and whose undefined values are null.
 */
@SuppressWarnings(
    "StringConcatToTextBlock") // expected output written line by line shows every indent and line
// end the renderer must produce
final class RenderTest {
  @Test
  void tableAlignsColumnsToTheWidestCellAndRightAlignsMarkedOnes() {
    Rows r = new Rows("corridor", ">US$ m", "note")
        .add("VN-LA", "1,234", "short")
        .add("a-much-wider-corridor-name", "5", null)
        .note("Money in US$ million.");
    String expected = ""
        + "corridor                    US$ m  note\n"
        + "--------------------------  -----  -----\n"
        + "VN-LA                       1,234  short\n"
        + "a-much-wider-corridor-name      5  -\n"
        + "Money in US$ million.\n";
    assertEquals(expected, Render.table(r));
  }

  @Test
  void tableRefusesAnUnroundedDouble() {
    Rows r = new Rows(">p").add(0.1);
    assertThrows(IllegalArgumentException.class, () -> Render.table(r));
  }

  @Test
  void csvQuotesCommaQuoteAndLineBreakAndPrintsTypedCells() {
    Rows r = new Rows("name", "year", "value", "flag", "missing", "list")
        .add(
            "Hanoi, \"north\"\nline 2",
            2030,
            0.1 + 0.2,
            true,
            OptionalDouble.empty(),
            List.of("VN-KH", "KH-LA"))
        .add("plain", OptionalInt.empty(), Double.NaN, false, null, List.of());
    String expected = ""
        + "name,year,value,flag,missing,list\n"
        + "\"Hanoi, \"\"north\"\"\nline 2\",2030,0.30000000000000004,true,,VN-KH;KH-LA\n"
        + "plain,,,false,,\n";
    String csv = Render.csv(r);
    assertEquals(expected, csv);

    List<List<String>> parsed = parseCsv(csv);
    assertEquals(3, parsed.size());
    assertEquals("Hanoi, \"north\"\nline 2", parsed.get(1).get(0));
    assertEquals(6, parsed.get(1).size());
    assertEquals(0.1 + 0.2, Double.parseDouble(parsed.get(1).get(2)));
    assertEquals(List.of("plain", "", "", "false", "", ""), parsed.get(2));
  }

  @Test
  void jsonLayoutIsTwoSpaceIndentedWithOneArrayElementPerLine() {
    ObjectNode o = Render.object();
    o.put("name", "Việt Nam–Lào");
    o.put("year", 2030);
    o.put("p", 0.25);
    o.putArray("values").add(1.0).add(2.5);
    o.putArray("empty");
    o.putObject("none");
    o.putObject("nested").put("text", "tab\tquote\" bell\u0007");
    String expected = "{\n"
        + "  \"name\": \"Việt Nam–Lào\",\n"
        + "  \"year\": 2030,\n"
        + "  \"p\": 0.25,\n"
        + "  \"values\": [\n"
        + "    1.0,\n"
        + "    2.5\n"
        + "  ],\n"
        + "  \"empty\": [],\n"
        + "  \"none\": {},\n"
        + "  \"nested\": {\n"
        + "    \"text\": \"tab\\tquote\\\" bell\\u0007\"\n"
        + "  }\n"
        + "}";
    assertEquals(expected, Render.json(o));
  }

  @Test
  void jsonRoundTripsDoublesAndWritesUndefinedAsNull() throws Exception {
    ObjectNode o = Render.object();
    o.put("sum", 0.1 + 0.2);
    o.put("nan", Double.NaN);
    o.put("inf", Double.POSITIVE_INFINITY);
    o.set("opt", Render.node(OptionalDouble.empty()));
    o.put("tiny", 4.9e-324);
    String text = Render.json(o);
    assertTrue(text.contains("\"sum\": 0.30000000000000004"), text);

    JsonNode back = new ObjectMapper().readTree(text);
    assertEquals(0.1 + 0.2, back.get("sum").doubleValue());
    assertEquals(4.9e-324, back.get("tiny").doubleValue());
    assertTrue(back.get("nan").isNull(), text);
    assertTrue(back.get("inf").isNull(), text);
    assertTrue(back.get("opt").isNull(), text);
  }

  @Test
  void rowsBecomeAnArrayOfObjectsKeyedByColumn() {
    Rows r = new Rows("corridor", "p", "nested").add("VN-LA", Double.NaN, Map.of("2030", 0.5));
    String expected = "[\n"
        + "  {\n"
        + "    \"corridor\": \"VN-LA\",\n"
        + "    \"p\": null,\n"
        + "    \"nested\": {\n"
        + "      \"2030\": 0.5\n"
        + "    }\n"
        + "  }\n"
        + "]";
    assertEquals(expected, Render.json(Render.array(r)));
  }

  @Test
  void selectKeepsTheNamedColumnsInTheGivenOrder() {
    Rows r = new Rows("a", ">b", "c").add(1, 2, 3).note("only for the table");
    assertEquals("c,a\n3,1\n", Render.csv(r.select("c", "a")));
    assertThrows(IllegalArgumentException.class, () -> r.select("d"));
  }

  /** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
  private static List<List<String>> parseCsv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(f.toString());
        f.setLength(0);
      } else if (c == '\n') {
        fields.add(f.toString());
        f.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
      } else {
        f.append(c);
      }
    }
    return records;
  }
}
