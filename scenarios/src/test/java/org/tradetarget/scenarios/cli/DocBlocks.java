package org.tradetarget.scenarios.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The fenced code blocks of the README and the user guide, with where each starts. */
final class DocBlocks {
  /** The project folder (tests run in the module folder). */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** One fenced block: its language, its file, the line of its opening fence and its text. */
  record Block(String language, Path file, int line, String text) {
    String where() {
      return ROOT.relativize(file) + ":" + line;
    }
  }

  private DocBlocks() {}

  /** The README and every Markdown file of {@code docs/guide/}, in name order. */
  static List<Path> documents() {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> guide = Files.list(ROOT.resolve("docs/guide"))) {
      guide.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Every fenced block of the given language in the documents. */
  static List<Block> blocks(String language) {
    List<Block> out = new ArrayList<>();
    for (Path file : documents()) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).strip().equals("```" + language)) {
          int start = i;
          StringBuilder text = new StringBuilder();
          for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
            text.append(lines.get(i)).append('\n');
          }
          out.add(new Block(language, file, start + 1, text.toString()));
        }
      }
    }
    return out;
  }
}
