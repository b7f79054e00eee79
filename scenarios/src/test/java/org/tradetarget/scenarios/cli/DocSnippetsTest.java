package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of the README and the user guide is a whole program that a reader pastes: this
 * test compiles each one as it stands against the library's class path, runs it in its own JVM from
 * the project folder, and checks what it prints. A renamed method, a missing import or an example
 * that throws fails here.
 */
final class DocSnippetsTest {
  private static final Pattern CLASS = Pattern.compile("public\\s+class\\s+(\\w+)");

  @TempDir
  Path dir;

  record Ran(DocBlocks.Block block, String name, String out) {}

  private List<Ran> runAll() throws IOException, InterruptedException {
    List<DocBlocks.Block> blocks = DocBlocks.blocks("java");
    assertFalse(blocks.isEmpty(), "the README and the guide have Java examples");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classPath = System.getProperty("java.class.path");
    List<Ran> ran = new ArrayList<>();
    int i = 0;
    for (DocBlocks.Block b : blocks) {
      Matcher m = CLASS.matcher(b.text());
      assertTrue(m.find(), b.where() + ": a Java example is a whole class with a main method");
      String name = m.group(1);
      Path src = dir.resolve("src" + i).resolve(name + ".java");
      Path classes = dir.resolve("classes" + i);
      i++;
      Files.createDirectories(src.getParent());
      Files.createDirectories(classes);
      Files.writeString(src, b.text(), StandardCharsets.UTF_8);
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files =
          javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        boolean ok = javac
            .getTask(
                null,
                files,
                diagnostics,
                List.of("-classpath", classPath, "-d", classes.toString(), "--release", "17"),
                null,
                files.getJavaFileObjects(src.toFile()))
            .call();
        assertTrue(
            ok, b.where() + ": the example does not compile: " + diagnostics.getDiagnostics());
      }
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process p = new ProcessBuilder(
              java.toString(), "-cp", classes + File.pathSeparator + classPath, name)
          .directory(DocBlocks.ROOT.toFile())
          .redirectErrorStream(true)
          .start();
      byte[] bytes = p.getInputStream().readAllBytes();
      assertTrue(p.waitFor(5, TimeUnit.MINUTES), b.where() + ": the example did not finish");
      String out = new String(bytes, StandardCharsets.UTF_8);
      assertEquals(0, p.exitValue(), b.where() + ": the example failed:\n" + out);
      ran.add(new Ran(b, name, out));
    }
    return ran;
  }

  @Test
  void everyJavaExample_compilesRunsAndPrintsTheOdds() throws Exception {
    List<Ran> ran = runAll();
    Pattern odds = Pattern.compile("P\\(met by 2030\\) = (0\\.\\d{3}|1\\.000)");
    for (Ran r : ran) {
      assertTrue(odds.matcher(r.out()).find(), r.block().where() + " prints the odds:\n" + r.out());
    }
    // The README's example prints the number ReadmeOutlookCliTest checks against `run`'s
    // results.csv (and ReadmeExampleTest against the closed form): the same seed, paths and kind.
    Ran readme = ran.stream()
        .filter(r -> r.block().file().getFileName().toString().equals("README.md"))
        .findFirst()
        .orElseThrow();
    String expected =
        String.format(Locale.ROOT, "VN-KH: P(met by 2030) = %.3f", ReadmeOutlookCliTest.example());
    assertTrue(readme.out().startsWith(expected), readme.out() + " starts with " + expected);
    // The guide's own-file example prints its yearly table with the odds columns.
    assertTrue(
        ran.stream().anyMatch(r -> r.out().contains("p_met_by") && r.out().contains("q95")),
        "an example prints Tables.of(outlook)");
  }
}
