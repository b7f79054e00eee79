package org.tradetarget.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way (data → levers → model → calibrate → simulate → analysis, with table at the
 * edge): a package may import only earlier stages, so the library stays layered as its
 * package-info files say. The library never prints and uses Tablesaw only in its table package.
 */
final class DependencyDirectionTest {
  private static final Map<String, Integer> STAGE = Map.of(
      "data", 0, "levers", 1, "model", 2, "calibrate", 3, "simulate", 4, "analysis", 5, "table", 6);
  private static final Pattern IMPORT = Pattern.compile("^import (static )?org\\.tradetarget\\.core\\.(\\w+)\\.", Pattern.MULTILINE);
  private static final Path ROOT = Path.of("src", "main", "java", "org", "tradetarget", "core");

  @Test
  void packagesImportOnlyEarlierStages() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path f : sources()) {
      String pkg = ROOT.relativize(f).getName(0).toString();
      String text = Files.readString(f);
      Matcher m = IMPORT.matcher(text);
      while (m.find()) {
        String target = m.group(2);
        if (STAGE.containsKey(pkg) && STAGE.containsKey(target) && STAGE.get(target) > STAGE.get(pkg)) {
          violations.add(f + " (" + pkg + ") imports " + target);
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void libraryNeverPrintsAndKeepsTablesawAtItsEdge() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path f : sources()) {
      String pkg = ROOT.relativize(f).getName(0).toString();
      String text = Files.readString(f);
      if (text.contains("System.out") || text.contains("System.err") || text.contains("printStackTrace")) {
        violations.add(f + " prints");
      }
      if (!pkg.equals("table") && text.contains("import tech.tablesaw")) {
        violations.add(f + " imports Tablesaw outside core.table");
      }
    }
    assertEquals(List.of(), violations);
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> s = Files.walk(ROOT)) {
      return s.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }
}
