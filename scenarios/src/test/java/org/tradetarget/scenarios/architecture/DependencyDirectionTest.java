package org.tradetarget.scenarios.architecture;

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
 * The scenario module is layered spec → io → run → report → serve → cli: a package may import only
 * earlier ones, as its package-info says, and only the command line prints or sets exit codes.
 */
final class DependencyDirectionTest {
  private static final Map<String, Integer> STAGE = Map.of(
      "spec", 0, "io", 1, "run", 2, "report", 3, "serve", 4, "cli", 5);
  private static final Pattern IMPORT = Pattern.compile("^import (static )?org\\.tradetarget\\.scenarios\\.(\\w+)\\.", Pattern.MULTILINE);
  private static final Path ROOT = Path.of("src", "main", "java", "org", "tradetarget", "scenarios");

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
  void onlyTheCommandLinePrints() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path f : sources()) {
      String pkg = ROOT.relativize(f).getName(0).toString();
      String text = Files.readString(f);
      if (!pkg.equals("cli") && (text.contains("System.out") || text.contains("System.err") || text.contains("System.exit"))) {
        violations.add(f + " prints or exits outside cli");
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
