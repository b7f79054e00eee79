package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in the project's Markdown (README, docs, the guide, the module and data
 * READMEs) points at a file that exists and, with {@code #anchor}, at a heading of that file as a
 * code host names it (lower case, punctuation dropped, spaces as hyphens).
 */
final class DocLinksTest {
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  static List<Path> markdown() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String f : new String[] {
      "README.md",
      "seeds/README.md",
      "benchmarks/README.md",
      "core/README.md",
      "scenarios/README.md"
    }) {
      if (Files.exists(DocBlocks.ROOT.resolve(f))) {
        files.add(DocBlocks.ROOT.resolve(f));
      }
    }
    for (String dir : new String[] {"docs", "docs/guide"}) {
      try (Stream<Path> s = Files.list(DocBlocks.ROOT.resolve(dir))) {
        s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  /** The anchor a code host gives a heading. */
  static String slug(String heading) {
    return heading
        .strip()
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N} _-]", "")
        .replace(' ', '-');
  }

  static Set<String> anchors(Path md) throws IOException {
    Set<String> out = new HashSet<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(md, StandardCharsets.UTF_8)) {
      if (line.startsWith("```")) {
        fenced = !fenced;
      } else if (!fenced && line.startsWith("#")) {
        out.add(slug(line.replaceFirst("^#+", "")));
      }
    }
    return out;
  }

  static List<String> broken() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path md : markdown()) {
      List<String> lines = Files.readAllLines(md, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = LINK.matcher(lines.get(i));
        while (m.find()) {
          String link = m.group(1);
          if (link.matches("^[a-z]+:.*")) {
            continue; // https:, mailto:
          }
          String file = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
          String anchor = link.contains("#") ? link.substring(link.indexOf('#') + 1) : "";
          Path target = file.isEmpty() ? md : md.getParent().resolve(file).normalize();
          String where = DocBlocks.ROOT.relativize(md) + ":" + (i + 1) + ": " + link;
          if (!Files.exists(target)) {
            broken.add(where + " (no such file)");
          } else if (!anchor.isEmpty()
              && (!target.toString().endsWith(".md") || !anchors(target).contains(anchor))) {
            broken.add(where + " (no such heading)");
          }
        }
      }
    }
    return broken;
  }

  @Test
  void everyRelativeLink_resolves() throws IOException {
    assertTrue(markdown().size() >= 10, "the documents are found");
    assertEquals(List.of(), broken());
  }

  @Test
  void slug_isTheCodeHostsAnchor() {
    assertEquals("reading-the-odds", slug(" Reading the odds"));
    assertEquals("resultscsv-statistics", slug("results.csv statistics"));
  }
}
