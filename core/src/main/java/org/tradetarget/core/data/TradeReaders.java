package org.tradetarget.core.data;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.tradetarget.core.data.CountryCodes.Scheme;

/**
 * The readers of {@link TradeFormat}: each turns a file into {@link TradeRecord}s. Malformed
 * fields fail naming the file, line, column and value; unknown country codes name the code and the
 * scheme; rows of areas (World, "nes" regions, historical entities) are skipped and counted in the
 * notes; duplicate rows (same year, reporter, partner, flow and valuation) fail unless they are the
 * documented breakdown rows of Comtrade, which are skipped.
 */
final class TradeReaders {
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private TradeReaders() {}

  static TradeData read(Path path, ReadOptions options) {
    String source =
        path.getFileName() == null ? path.toString() : path.getFileName().toString();
    if (Files.isDirectory(path) || options.format().equals(Optional.of(TradeFormat.BACI))) {
      return BaciReader.read(path, options);
    }
    if (!Files.isRegularFile(path)) {
      throw new InvalidInputException(path + ": no such file or folder");
    }
    // strict UTF-8 within the size limit, the byte-order mark dropped; CRLF and lone CR (classic
    // Mac) line ends read as LF
    String text = TextFiles.read(path, TextFiles.MAX_CSV_BYTES, "a trade file")
        .replace("\r\n", "\n")
        .replace('\r', '\n');
    int nl = text.indexOf('\n');
    String first = (nl < 0 ? text : text.substring(0, nl)).replace("\r", "");
    TradeFormat format = options.format().orElseGet(() -> TradeFormat.detect(source, first));
    if (format == TradeFormat.BACI) {
      return BaciReader.read(path, options);
    }
    Sink sink = new Sink(source, format);
    switch (format) {
      case COMTRADE -> {
        String t = text.stripLeading();
        if (t.startsWith("{") || t.startsWith("[")) {
          comtradeJson(source, t, sink);
        } else {
          CsvRecords csv = CsvRecords.read(source, new StringReader(text));
          for (CsvRecords.Row r : csv.rows()) {
            comtradeRow(source, r.line(), r::get, sink);
          }
        }
      }
      case COMTRADE_BULK -> {
        List<String> header = null;
        int line = 0;
        for (String l : text.split("\n", -1)) {
          line++;
          l = l.replace("\r", "");
          if (header == null) {
            header = new ArrayList<>();
            for (String h : l.split("\t", -1)) {
              header.add(h.trim().toLowerCase(Locale.ROOT));
            }
            continue;
          }
          if (l.isBlank()) {
            continue;
          }
          String[] f = l.split("\t", -1);
          Map<String, String> m = new HashMap<>();
          for (int i = 0; i < header.size() && i < f.length; i++) {
            m.putIfAbsent(header.get(i), f[i].trim());
          }
          comtradeRow(source, line, c -> m.getOrDefault(c, ""), sink);
        }
      }
      case COMTRADE_LEGACY -> {
        CsvRecords csv = CsvRecords.read(source, new StringReader(text));
        csv.require(
            "a legacy UN Comtrade file",
            "year",
            "trade flow code",
            "reporter code",
            "partner code",
            "trade value (us$)");
        for (CsvRecords.Row r : csv.rows()) {
          legacyRow(source, r, sink);
        }
      }
      case DOTS -> dots(source, text, options, sink);
      case IMTS -> imts(source, text, options, sink);
      default -> throw new IllegalStateException("format " + format);
    }
    return new TradeData(source, format, sink.records, sink.notes(), options.cifFob());
  }

  /** Collects records, rejects duplicates and counts what is skipped. */
  static final class Sink {
    final String source;
    final TradeFormat format;
    final List<TradeRecord> records = new ArrayList<>();
    final Map<String, Integer> lines = new HashMap<>();
    final Map<String, Integer> skipped = new LinkedHashMap<>();

    Sink(String source, TradeFormat format) {
      this.source = source;
      this.format = format;
    }

    void add(
        int line,
        int year,
        Country reporter,
        Country partner,
        TradeFlow flow,
        Valuation valuation,
        double valueUsdMillion,
        boolean estimated) {
      if (reporter.equals(partner)) {
        skip("rows with the same country as reporter and partner");
        return;
      }
      String key = year + "|" + reporter.id() + "|" + partner.id() + "|" + flow + "|" + valuation;
      Integer before = lines.putIfAbsent(key, line);
      if (before != null) {
        throw new InvalidInputException(
            source + ":" + line + ": duplicate row: " + year + " " + reporter.id() + " "
                + flow.id() + " " + valuation + " with " + partner.id() + " is already on line "
                + before
                + "; expected one row per year, reporter, partner, flow and valuation");
      }
      records.add(new TradeRecord(
          year, reporter, partner, flow, valuation, valueUsdMillion, format, estimated));
    }

    void skip(String why) {
      skipped.merge(why, 1, Integer::sum);
    }

    List<String> notes() {
      List<String> n = new ArrayList<>();
      for (Map.Entry<String, Integer> e : skipped.entrySet()) {
        n.add(source + ": skipped " + e.getValue() + " " + e.getKey());
      }
      return n;
    }
  }

  private interface Fields {
    String get(String lowerCaseName);
  }

  private static String at(String source, int line, String column) {
    return source + ":" + line + ": column '" + column + "'";
  }

  static InvalidInputException bad(
      String source, int line, String column, String value, String allowed) {
    return InvalidInputException.at(source, line, column, value, allowed);
  }

  private static int year(String source, int line, String column, String v) {
    String s = v.trim();
    if (s.endsWith(".0")) {
      s = s.substring(0, s.length() - 2);
    }
    if (!YEAR.matcher(s).matches()) {
      throw bad(source, line, column, v, "is not allowed; expected a calendar year such as 2021");
    }
    return Integer.parseInt(s);
  }

  private static double number(String source, int line, String column, String v) {
    double d;
    try {
      d = StrictNumbers.parseFinite(v);
    } catch (NumberFormatException e) {
      String why = e.getMessage().equals("is not a number") ? "is not allowed" : e.getMessage();
      throw bad(source, line, column, v, why + "; expected a number >= 0");
    }
    if (d >= 0) {
      return d;
    }
    throw bad(source, line, column, v, "is not allowed; expected a number >= 0");
  }

  private static boolean isTrue(String v) {
    String s = v.trim().toLowerCase(Locale.ROOT);
    return s.equals("true") || s.equals("1");
  }

  private static boolean isEmptyOr(String v, String... totals) {
    String s = v.trim();
    if (s.isEmpty()) {
      return true;
    }
    for (String t : totals) {
      if (s.equalsIgnoreCase(t)) {
        return true;
      }
    }
    return false;
  }

  /** One UN Comtrade Plus row (CSV download, bulk TSV or API JSON), by lower-cased field name. */
  private static void comtradeRow(String source, int line, Fields f, Sink sink) {
    String freq = f.get("freqcode");
    if (!freq.isEmpty() && !freq.equalsIgnoreCase("A")) {
      sink.skip("rows of frequency " + freq + " (annual rows only)");
      return;
    }
    // only total rows count: partner2Code 0, motCode 0, customsCode C00, cmdCode TOTAL
    if (!isEmptyOr(f.get("partner2code"), "0")
        || !isEmptyOr(f.get("motcode"), "0")
        || !isEmptyOr(f.get("customscode"), "C00")
        || !isEmptyOr(f.get("cmdcode"), "TOTAL")) {
      sink.skip(
          "breakdown rows (partner2Code, motCode, customsCode or cmdCode other than the total 0, 0, C00, TOTAL)");
      return;
    }
    String fc = f.get("flowcode");
    Optional<TradeFlow> flow = TradeFlow.ofComtradeCode(fc);
    if (flow.isEmpty()) {
      if (fc.isEmpty()) {
        throw bad(source, line, "flowCode", fc, "is empty; expected X, M, RX or RM");
      }
      sink.skip("rows of flowCode " + fc + " (X, M, RX and RM only)");
      return;
    }
    int year = year(source, line, "refYear", f.get("refyear"));
    Optional<Country> reporter = party(source, line, f, "reporter");
    Optional<Country> partner = party(source, line, f, "partner");
    if (reporter.isEmpty() || partner.isEmpty()) {
      sink.skip("rows whose reporter or partner is an area, not a country (World, nes areas, ...)");
      return;
    }
    String cif = f.get("cifvalue");
    String fob = f.get("fobvalue");
    String primary = f.get("primaryvalue");
    boolean imports = flow.get() == TradeFlow.IMPORT || flow.get() == TradeFlow.RE_IMPORT;
    Valuation valuation = imports && (!cif.isEmpty() || fob.isEmpty())
        ? Valuation.CIF
        : imports ? Valuation.FOB : fob.isEmpty() && !cif.isEmpty() ? Valuation.CIF : Valuation.FOB;
    String column = "primaryValue";
    String v = primary;
    if (v.isEmpty()) {
      column = valuation == Valuation.CIF ? "cifvalue" : "fobvalue";
      v = valuation == Valuation.CIF ? cif : fob;
    }
    if (v.isEmpty()) {
      sink.skip("rows without a value");
      return;
    }
    double usd = number(source, line, column, v);
    String flag = f.get("legacyestimationflag");
    String reported = f.get("isreported");
    boolean estimated =
        (!flag.isEmpty() && !flag.equals("0")) || (!reported.isEmpty() && !isTrue(reported));
    sink.add(
        line, year, reporter.get(), partner.get(), flow.get(), valuation, usd / 1e6, estimated);
  }

  private static Optional<Country> party(String source, int line, Fields f, String who) {
    String code = f.get(who + "code");
    if (!code.isEmpty()) {
      String c = code.endsWith(".0") ? code.substring(0, code.length() - 2) : code;
      return CountryCodes.require(Scheme.COMTRADE, c, at(source, line, who + "Code"));
    }
    String iso = f.get(who + "iso");
    if (!iso.isEmpty()) {
      return CountryCodes.require(Scheme.ISO_ALPHA, iso, at(source, line, who + "ISO"));
    }
    throw bad(source, line, who + "Code", "", "is empty; expected a UN Comtrade country code");
  }

  /** One legacy UN Comtrade CSV row. */
  private static void legacyRow(String source, CsvRecords.Row r, Sink sink) {
    int line = r.line();
    String period = r.get("period");
    if (!period.isEmpty() && period.length() > 4) {
      sink.skip("rows of period " + period.length() + "-digit periods (annual rows only)");
      return;
    }
    if (!isEmptyOr(r.get("2nd partner code"), "0")
        || !isEmptyOr(r.get("mode of transport code"), "0")
        || !isEmptyOr(r.get("customs proc. code"), "C00")
        || !isEmptyOr(r.get("commodity code"), "TOTAL")) {
      sink.skip(
          "breakdown rows (2nd partner, mode of transport, customs procedure or commodity other than the"
              + " total)");
      return;
    }
    String fc = r.get("trade flow code");
    TradeFlow flow = TradeFlow.ofLegacyCode(fc)
        .orElseThrow(() -> bad(
            source,
            line,
            "Trade Flow Code",
            fc,
            "is not allowed; expected 1 (import), 2 (export), 3"
                + " (re-export) or 4 (re-import)"));
    int year = year(source, line, "Year", r.get("year"));
    Optional<Country> reporter = CountryCodes.require(
        Scheme.COMTRADE, r.get("reporter code"), at(source, line, "Reporter Code"));
    Optional<Country> partner = CountryCodes.require(
        Scheme.COMTRADE, r.get("partner code"), at(source, line, "Partner Code"));
    if (reporter.isEmpty() || partner.isEmpty()) {
      sink.skip("rows whose reporter or partner is an area, not a country (World, nes areas, ...)");
      return;
    }
    String v = r.get("trade value (us$)");
    if (v.isEmpty()) {
      sink.skip("rows without a value");
      return;
    }
    double usd = number(source, line, "Trade Value (US$)", v);
    boolean imports = flow == TradeFlow.IMPORT || flow == TradeFlow.RE_IMPORT;
    String flag = r.get("flag");
    sink.add(
        line,
        year,
        reporter.get(),
        partner.get(),
        flow,
        imports ? Valuation.CIF : Valuation.FOB,
        usd / 1e6,
        !flag.isEmpty() && !flag.equals("0"));
  }

  /** IMF DOTS legacy bulk CSV: one column per year; Value rows carry numbers, Status rows flags. */
  private static void dots(String source, String text, ReadOptions options, Sink sink) {
    ReadOptions.Scale scale = options
        .scale()
        .orElseThrow(() -> new InvalidInputException(source
            + ": an IMF DOTS bulk file states no unit for its values; give the scale (--input-scale units|thousands|"
            + "millions, scale: in a scenario, ReadOptions.withScale)"));
    CsvRecords csv = CsvRecords.read(source, new StringReader(text));
    csv.require(
        "an IMF DOTS bulk file",
        "country code",
        "indicator code",
        "counterpart country code",
        "attribute");
    TreeMap<Integer, String> yearColumns = new TreeMap<>();
    for (String h : csv.header()) {
      if (YEAR.matcher(h).matches()) {
        yearColumns.put(Integer.parseInt(h), h);
      }
    }
    record Pending(
        int line,
        int year,
        Country reporter,
        Country partner,
        TradeFlow flow,
        Valuation valuation,
        double value,
        String key) {}
    List<Pending> values = new ArrayList<>();
    java.util.Set<String> estimated = new java.util.HashSet<>();
    for (CsvRecords.Row r : csv.rows()) {
      String indicator = r.get("indicator code").toUpperCase(Locale.ROOT);
      TradeFlow flow;
      Valuation valuation;
      switch (indicator) {
        case "TXG_FOB_USD" -> {
          flow = TradeFlow.EXPORT;
          valuation = Valuation.FOB;
        }
        case "TMG_CIF_USD" -> {
          flow = TradeFlow.IMPORT;
          valuation = Valuation.CIF;
        }
        case "TMG_FOB_USD" -> {
          flow = TradeFlow.IMPORT;
          valuation = Valuation.FOB;
        }
        default -> {
          sink.skip("rows of indicator " + indicator
              + " (TXG_FOB_USD, TMG_CIF_USD and TMG_FOB_USD only)");
          continue;
        }
      }
      String attribute = r.get("attribute");
      boolean status = attribute.equalsIgnoreCase("Status");
      if (!status && !attribute.equalsIgnoreCase("Value")) {
        throw bad(
            source, r.line(), "Attribute", attribute, "is not allowed; expected Value or Status");
      }
      String keyBase =
          r.get("country code") + "|" + indicator + "|" + r.get("counterpart country code") + "|";
      if (status) {
        for (Map.Entry<Integer, String> y : yearColumns.entrySet()) {
          if (r.get(y.getValue()).toLowerCase(Locale.ROOT).contains("e")) {
            estimated.add(keyBase + y.getKey());
          }
        }
        continue;
      }
      Optional<Country> reporter = CountryCodes.require(
          Scheme.IMF, r.get("country code"), at(source, r.line(), "Country Code"));
      Optional<Country> partner = CountryCodes.require(
          Scheme.IMF,
          r.get("counterpart country code"),
          at(source, r.line(), "Counterpart Country Code"));
      if (reporter.isEmpty() || partner.isEmpty()) {
        sink.skip(
            "rows whose country or counterpart is an area, not a country (World, regions, ...)");
        continue;
      }
      for (Map.Entry<Integer, String> y : yearColumns.entrySet()) {
        String v = r.get(y.getValue());
        if (v.isEmpty()) {
          continue;
        }
        double d = number(source, r.line(), y.getValue(), v);
        values.add(new Pending(
            r.line(),
            y.getKey(),
            reporter.get(),
            partner.get(),
            flow,
            valuation,
            d * scale.toMillion(),
            keyBase + y.getKey()));
      }
    }
    for (Pending p : values) {
      sink.add(
          p.line,
          p.year,
          p.reporter,
          p.partner,
          p.flow,
          p.valuation,
          p.value,
          estimated.contains(p.key));
    }
  }

  /** IMF IMTS SDMX-CSV: one observation a row; SCALE is the power of ten of OBS_VALUE in US$. */
  private static void imts(String source, String text, ReadOptions options, Sink sink) {
    CsvRecords csv = CsvRecords.read(source, new StringReader(text));
    csv.require(
        "an IMF IMTS SDMX-CSV file",
        "country",
        "indicator",
        "counterpart_country",
        "time_period",
        "obs_value");
    if (!csv.has("scale") && options.scale().isEmpty()) {
      throw new InvalidInputException(
          source + ":1: the file has no SCALE column; give the scale (--input-scale"
              + " units|thousands|millions)");
    }
    for (CsvRecords.Row r : csv.rows()) {
      int line = r.line();
      String freq = r.get("frequency");
      if (!freq.isEmpty() && !freq.equalsIgnoreCase("A")) {
        sink.skip("rows of frequency " + freq + " (annual rows only)");
        continue;
      }
      String indicator = r.get("indicator").toUpperCase(Locale.ROOT);
      TradeFlow flow;
      Valuation valuation;
      switch (indicator) {
        case "XG_FOB_USD" -> {
          flow = TradeFlow.EXPORT;
          valuation = Valuation.FOB;
        }
        case "MG_CIF_USD" -> {
          flow = TradeFlow.IMPORT;
          valuation = Valuation.CIF;
        }
        case "MG_FOB_USD" -> {
          flow = TradeFlow.IMPORT;
          valuation = Valuation.FOB;
        }
        default -> {
          sink.skip(
              "rows of indicator " + indicator + " (XG_FOB_USD, MG_CIF_USD and MG_FOB_USD only)");
          continue;
        }
      }
      Optional<Country> reporter = imtsParty(source, line, "COUNTRY", r.get("country"));
      Optional<Country> partner =
          imtsParty(source, line, "COUNTERPART_COUNTRY", r.get("counterpart_country"));
      if (reporter.isEmpty() || partner.isEmpty()) {
        sink.skip(
            "rows whose country or counterpart is an area, not a country (World, regions, ...)");
        continue;
      }
      String v = r.get("obs_value");
      if (v.isEmpty() || v.equalsIgnoreCase("NaN")) {
        continue;
      }
      double d = number(source, line, "OBS_VALUE", v);
      double toMillion;
      if (csv.has("scale")) {
        String s = r.get("scale");
        int p;
        try {
          p = StrictNumbers.parseInt(s);
        } catch (NumberFormatException e) {
          throw bad(
              source,
              line,
              "SCALE",
              s,
              "is not allowed; expected the power of ten of OBS_VALUE, e.g. 6");
        }
        if (p < -3 || p > 15) {
          throw bad(
              source, line, "SCALE", s, "is not allowed; expected a power of ten from -3 to 15");
        }
        toMillion = Math.pow(10, p) / 1e6;
      } else {
        toMillion = options.scale().orElseThrow().toMillion();
      }
      String status = csv.has("obs_status") ? r.get("obs_status") : r.get("status");
      int year = year(source, line, "TIME_PERIOD", r.get("time_period"));
      sink.add(
          line,
          year,
          reporter.get(),
          partner.get(),
          flow,
          valuation,
          d * toMillion,
          status.equalsIgnoreCase("E"));
    }
  }

  private static final Pattern ALPHA3 = Pattern.compile("[A-Za-z]{2,3}");

  private static Optional<Country> imtsParty(String source, int line, String column, String code) {
    Optional<CountryCodes.Entry> e = CountryCodes.lookup(Scheme.ISO_ALPHA, code);
    if (e.isPresent()) {
      return e.get().country();
    }
    if (ALPHA3.matcher(code).matches() || code.isEmpty()) {
      throw new InvalidInputException(at(source, line, column) + ": unknown "
          + Scheme.ISO_ALPHA.label() + " country code '" + code + "'");
    }
    return Optional.empty(); // a region or group code such as G001 or 1C_ALL
  }

  // ---- a small JSON reader for the Comtrade API response ({"data": [ {...}, ... ]}) ----

  private static void comtradeJson(String source, String text, Sink sink) {
    Json j = new Json(source, text);
    Object root = j.value();
    List<?> data;
    if (root instanceof Map<?, ?> m) {
      Object d = null;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if ("data".equalsIgnoreCase((String) e.getKey())) {
          d = e.getValue();
        }
      }
      if (!(d instanceof List<?> l)) {
        throw new InvalidInputException(
            source + ": a UN Comtrade API response needs a \"data\" array");
      }
      data = l;
    } else if (root instanceof List<?> l) {
      data = l;
    } else {
      throw new InvalidInputException(source + ": expected a JSON object with a \"data\" array");
    }
    for (int i = 0; i < data.size(); i++) {
      if (!(data.get(i) instanceof Map<?, ?> m)) {
        throw new InvalidInputException(source + ": data[" + i + "] is not an object");
      }
      Map<String, String> fields = new HashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object v = e.getValue();
        String s = v == null
            ? ""
            : v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15
                ? Long.toString(d.longValue())
                : v.toString();
        fields.put(((String) e.getKey()).toLowerCase(Locale.ROOT), s);
      }
      int line = j.lineOf(i);
      comtradeRow(source + " data[" + i + "]", line, c -> fields.getOrDefault(c, ""), sink);
    }
  }

  /** A minimal JSON parser: objects, arrays, strings, numbers, true, false, null. */
  private static final class Json {
    private final String source;
    private final String s;
    private int pos;
    private int line = 1;
    private final List<Integer> elementLines = new ArrayList<>();
    private int depth;
    private static final int MAX_DEPTH = 64;

    Json(String source, String s) {
      this.source = source;
      this.s = s;
    }

    int lineOf(int element) {
      return element < elementLines.size() ? elementLines.get(element) : line;
    }

    Object value() {
      if (depth > MAX_DEPTH) {
        throw error("nested deeper than " + MAX_DEPTH + " levels");
      }
      ws();
      if (pos >= s.length()) {
        throw error("unexpected end of the file");
      }
      char c = s.charAt(pos);
      switch (c) {
        case '{' -> {
          pos++;
          depth++;
          Map<String, Object> m = new LinkedHashMap<>();
          ws();
          if (peek() == '}') {
            pos++;
            depth--;
            return m;
          }
          while (true) {
            ws();
            if (peek() != '"') {
              throw error("expected a field name");
            }
            String k = string();
            ws();
            expect(':');
            boolean dataArray = depth == 1 && k.equalsIgnoreCase("data");
            ws();
            if (dataArray && peek() == '[') {
              m.put(k, array(true));
            } else {
              m.put(k, value());
            }
            ws();
            if (peek() == ',') {
              pos++;
              continue;
            }
            expect('}');
            depth--;
            return m;
          }
        }
        case '[' -> {
          return array(depth == 0);
        }
        case '"' -> {
          return string();
        }
        default -> {
          if (s.startsWith("true", pos)) {
            pos += 4;
            return true;
          }
          if (s.startsWith("false", pos)) {
            pos += 5;
            return false;
          }
          if (s.startsWith("null", pos)) {
            pos += 4;
            return null;
          }
          int start = pos;
          while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
            pos++;
          }
          if (start == pos) {
            throw error("unexpected '" + c + "'");
          }
          try {
            return Double.parseDouble(s.substring(start, pos));
          } catch (NumberFormatException e) {
            throw error("bad number '" + s.substring(start, pos) + "'");
          }
        }
      }
    }

    private List<Object> array(boolean records) {
      expect('[');
      depth++;
      List<Object> l = new ArrayList<>();
      ws();
      if (peek() == ']') {
        pos++;
        depth--;
        return l;
      }
      while (true) {
        ws();
        if (records) {
          elementLines.add(line);
        }
        l.add(value());
        ws();
        if (peek() == ',') {
          pos++;
          continue;
        }
        expect(']');
        depth--;
        return l;
      }
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (pos < s.length()) {
        char c = s.charAt(pos++);
        if (c == '"') {
          return b.toString();
        }
        if (c == '\\') {
          if (pos >= s.length()) {
            break;
          }
          char e = s.charAt(pos++);
          switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'u' -> {
              if (pos + 4 > s.length() || !s.substring(pos, pos + 4).matches("[0-9A-Fa-f]{4}")) {
                throw error("a \\u escape needs four hexadecimal digits");
              }
              b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
              pos += 4;
            }
            default -> b.append(e);
          }
        } else {
          b.append(c);
        }
      }
      throw error("a string is not closed");
    }

    private char peek() {
      return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private void expect(char c) {
      if (peek() != c) {
        throw error("expected '" + c + "'");
      }
      pos++;
    }

    private void ws() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        if (s.charAt(pos) == '\n') {
          line++;
        }
        pos++;
      }
    }

    private InvalidInputException error(String what) {
      return new InvalidInputException(source + ":" + line + ": not valid JSON: " + what);
    }
  }
}
