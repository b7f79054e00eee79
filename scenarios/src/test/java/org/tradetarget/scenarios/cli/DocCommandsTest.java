package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code tradetarget ...} line in a {@code sh} block of the README and the user guide is run
 * here, in-process, and must exit 0: a renamed option or a bundled file that moved fails the test.
 * Paths that name a file of the project are resolved from the project folder; an output folder
 * ({@code --out}) goes into a temporary folder, as does {@code run}'s default one. {@code serve}
 * runs until stopped, so the guide never shows it in a {@code sh} block.
 */
final class DocCommandsTest {
  @TempDir
  Path dir;

  static List<List<String>> commands() {
    List<List<String>> out = new ArrayList<>();
    for (DocBlocks.Block b : DocBlocks.blocks("sh")) {
      for (String line : b.text().lines().toList()) {
        String l = line.strip();
        if (l.startsWith("tradetarget ")) {
          List<String> words = new ArrayList<>(Arrays.asList(l.split("\\s+")));
          words.remove(0);
          words.add(0, b.where());
          out.add(words);
        }
      }
    }
    return out;
  }

  @Test
  void everyCommandShown_runsAndExitsZero() {
    List<List<String>> all = commands();
    assertTrue(all.size() >= 10, "the README and the guide show commands: " + all.size());
    int i = 0;
    for (List<String> c : all) {
      String where = c.get(0);
      List<String> args = new ArrayList<>(c.subList(1, c.size()));
      assertTrue(!args.get(0).equals("serve"), where + ": serve does not stop; show it as prose");
      boolean hasOut = false;
      for (int k = 1; k < args.size(); k++) {
        String a = args.get(k);
        if (args.get(k - 1).equals("--out")) {
          args.set(k, dir.resolve("cmd" + i).resolve(a).toString());
          hasOut = true;
        } else if (!a.startsWith("-") && Files.exists(DocBlocks.ROOT.resolve(a))) {
          args.set(k, DocBlocks.ROOT.resolve(a).toString());
        }
      }
      if (args.get(0).equals("run") && !hasOut) {
        args.add("--out");
        args.add(dir.resolve("cmd" + i).toString());
      }
      i++;
      CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
      assertEquals(0, r.code(), where + ": tradetarget " + String.join(" ", args) + "\n" + r);
    }
  }
}
