package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The guide's command reference ({@code docs/guide/cli-reference.md}) is what {@code tradetarget
 * --help} and each command's {@code --help} print, so it cannot drift from the options. When a help
 * text changes, rerun with {@code -Dtradetarget.docs.write=true} to rewrite the page, and review the
 * difference.
 */
final class CommandReferenceTest {
  static final Path PAGE = DocBlocks.ROOT.resolve("docs/guide/cli-reference.md");

  static String reference() {
    StringBuilder md = new StringBuilder();
    md.append("# Command reference\n\n")
        .append(
            "Generated from `tradetarget --help` and each command's `--help` (a test compares\n")
        .append(
            "this page with them). [Command overview](commands.md) has the conventions: output\n")
        .append("formats, exit codes, input limits and how files are written.\n\n");
    md.append("```\n").append(help()).append("```\n");
    List<String> names = new CommandLine(new Main())
        .getSubcommands().keySet().stream().filter(n -> !n.equals("help")).toList();
    for (String name : names) {
      md.append("\n## ").append(name).append("\n\n```\n").append(help(name)).append("```\n");
    }
    return md.toString();
  }

  private static String help(String... command) {
    String[] args = new String[command.length + 1];
    System.arraycopy(command, 0, args, 0, command.length);
    args[command.length] = "--help";
    CliRunner.Result r = CliRunner.run(args);
    assertEquals(0, r.code(), r.toString());
    return r.out().replace("\r\n", "\n");
  }

  @Test
  void guidesCommandReference_isEveryCommandsHelp() throws IOException {
    String expected = reference();
    if (Boolean.getBoolean("tradetarget.docs.write")) {
      Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(PAGE), PAGE + " is missing; run with -Dtradetarget.docs.write=true");
    assertEquals(
        expected,
        Files.readString(PAGE, StandardCharsets.UTF_8),
        "docs/guide/cli-reference.md differs from --help; run this test with"
            + " -Dtradetarget.docs.write=true and review the change");
  }
}
