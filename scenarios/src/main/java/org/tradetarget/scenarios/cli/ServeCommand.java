package org.tradetarget.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tradetarget.scenarios.serve.Explorer;
import org.tradetarget.scenarios.serve.ExplorerServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradetarget serve}: a local explorer of one scenario in the browser. */
@Command(
    name = "serve",
    header = "Explores a scenario in the browser: move an assumption, see the odds move.",
    mixinStandardHelpOptions = true,
    description = {
      "Serves one page for the scenario on http://127.0.0.1:PORT/ (this machine only): per corridor the fan",
      "chart, P(met by year), the first-passage histogram and the summary run prints, with controls for the",
      "deadlines, model kinds and parameters, levers, crisis jumps, shocks, parameter uncertainty and the",
      "macro growth shift. Every change re-simulates with the scenario's seed (common random numbers), so the",
      "picture moves only because the assumption moved. 'Save as scenario' downloads a file that extends FILE",
      "and sets exactly the changed values; 'tradetarget run' on it prints the page's numbers.",
      "The first line printed is the address. API: GET /api/scenario, POST /api/run with a JSON object of",
      "dotted path to value (the paths sweep --vary takes), answering results.json. Ctrl-C stops it."
    })
final class ServeCommand implements Callable<Integer> {
  /** The port used unless --port says otherwise. */
  static final int DEFAULT_PORT = 8765;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "FILE", description = "A scenario file (.yaml).")
  Path file;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_PORT,
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int port;

  @Option(
      names = "--paths",
      paramLabel = "N",
      defaultValue = "" + Explorer.DEFAULT_PATHS,
      description =
          "Simulated paths of every run (default: ${DEFAULT-VALUE}); a request may ask for fewer, not more.")
  int paths;

  @Option(names = "--open", description = "Open the page in the default browser.")
  boolean open;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(
          "option '--port': " + port + " is not allowed; expected 0 (any free port) to 65535");
    }
    Explorer explorer = Explorer.open(file, paths);
    ExplorerServer server;
    try {
      server = ExplorerServer.start(explorer, port);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(
          "option '--port': " + e.getMessage() + "; choose another port or 0 for any free one", e);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    out.println("tradetarget serve: listening on " + server.address());
    out.println("tradetarget serve: " + file + " at " + String.format("%,d", paths)
        + " paths, seed " + explorer.spec().simulation().seed() + "; Ctrl-C stops");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(
            () -> {
              server.close();
              out.println("tradetarget serve: stopped");
              out.flush();
              stopped.countDown();
              // Ctrl-C is how this command ends: exit 0, not the 130 of an interrupted JVM
              Runtime.getRuntime().halt(Main.OK);
            },
            "tradetarget-serve-stop"));
    if (open) {
      openBrowser(server.address(), err);
    }
    stopped.await();
    return Main.OK;
  }

  private static void openBrowser(URI uri, PrintWriter err) {
    try {
      if (java.awt.Desktop.isDesktopSupported()
          && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
        java.awt.Desktop.getDesktop().browse(uri);
        return;
      }
      new ProcessBuilder("xdg-open", uri.toString()).inheritIO().start();
    } catch (IOException | RuntimeException e) {
      err.println("tradetarget serve: cannot open a browser (" + e.getMessage() + "); open " + uri
          + " yourself");
      err.flush();
    }
  }
}
