package org.tradetarget.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code tradetarget serve} is started by hand and by scripts that read its first line for the
 * address, and it is stopped with Ctrl-C: the first line is a contract, and stopping must be clean
 * (exit 0) so that a script does not report a failure.
 */
final class ServeCommandTest {
  private static final Pattern FIRST =
      Pattern.compile("tradetarget serve: listening on http://127\\.0\\.0\\.1:(\\d+)/");

  /** Whether this JVM ignores SIGINT (a process started in the background by a shell does, and so do its children). */
  private static boolean sigintIgnored() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 2) != 0;
      }
    }
    return false;
  }

  @Test
  void printsItsAddressFirstAndStopsWithExitZeroOnCtrlC() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "serve",
            "clv-2030-baseline.yaml",
            "--port",
            "0",
            "--paths",
            "500")
        .redirectErrorStream(true)
        .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      Matcher m = FIRST.matcher(first == null ? "" : first);
      assertTrue(m.matches(), "first line: " + first);
      int port = Integer.parseInt(m.group(1));
      HttpResponse<String> r = HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/run"))
                  .POST(HttpRequest.BodyPublishers.ofString("{}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      // Ctrl-C is SIGINT; where this test itself runs with SIGINT ignored, the child ignores it
      // too, and
      // SIGTERM (the same shutdown hook) stands in
      String signal = sigintIgnored() ? "-TERM" : "-INT";
      new ProcessBuilder("kill", signal, Long.toString(p.pid()))
          .inheritIO()
          .start()
          .waitFor();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "did not stop");
      assertEquals(0, p.exitValue());
      List<String> rest = out.lines().toList();
      assertTrue(rest.contains("tradetarget serve: stopped"), String.join("\n", rest));
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void badPortAndBadFileAreBadInput() {
    CliRunner.Result port = CliRunner.run("serve", "clv-2030-baseline.yaml", "--port", "70000");
    assertEquals(2, port.code(), port.toString());
    assertTrue(port.err().contains("--port': 70000 is not allowed"), port.toString());
    CliRunner.Result file = CliRunner.run("serve", "no-such.yaml", "--port", "0");
    assertEquals(2, file.code(), file.toString());
    assertTrue(file.err().contains("no-such.yaml: no such file"), file.toString());
    CliRunner.Result paths = CliRunner.run("serve", "clv-2030-baseline.yaml", "--paths", "0");
    assertEquals(2, paths.code(), paths.toString());
  }
}
