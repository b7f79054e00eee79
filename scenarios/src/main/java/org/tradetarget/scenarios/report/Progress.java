package org.tradetarget.scenarios.report;

import java.io.PrintWriter;
import java.util.Locale;
import org.tradetarget.scenarios.run.ProgressListener;

/**
 * A progress line on the terminal for runs longer than about two seconds: which simulation is
 * running, how many of how many, and the time so far. Silent when the output is not a terminal
 * (piped or redirected), so machine output stays clean.
 */
public final class Progress implements ProgressListener, AutoCloseable {
  private static final long DELAY_NANOS = 2_000_000_000L;
  private static final int WIDTH = 24;

  private final PrintWriter err;
  private final boolean enabled;
  private final int total;
  private final long start = System.nanoTime();
  private final Thread ticker;
  private volatile String current = "";
  private volatile int done = -1;
  private volatile double partial;
  private volatile boolean shown;

  public Progress(PrintWriter err, boolean terminal, int total) {
    this.err = err;
    this.enabled = terminal;
    this.total = Math.max(total, 1);
    this.ticker = new Thread(this::tick, "tradetarget-progress");
    this.ticker.setDaemon(true);
    if (enabled) {
      ticker.start();
    }
  }

  /** Whether standard output is a terminal (Java sees a console only when it is). */
  @SuppressWarnings(
      "SystemConsoleNull") // null still means no console; from Java 22 isTerminal() decides.
  public static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try { // From Java 22 a console exists without a terminal; Console.isTerminal() tells.
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // Before Java 22 a console exists only on a terminal.
    }
  }

  @Override
  @SuppressWarnings(
      "NonAtomicVolatileUpdate") // Only the running thread writes done; the ticker only reads it.
  public void started(String name) {
    current = name;
    partial = 0;
    done++;
  }

  @Override
  public void advanced(double fraction) {
    partial = Math.max(0, Math.min(1, fraction));
  }

  private void tick() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(200);
        long elapsed = System.nanoTime() - start;
        if (elapsed >= DELAY_NANOS) {
          int d = Math.max(0, Math.min(done, total));
          int filled = (int) Math.min(WIDTH, WIDTH * (d + partial) / total);
          synchronized (err) {
            err.print(String.format(
                Locale.ROOT,
                "\r[%s%s] %d/%d %s  %.0f s   ",
                "#".repeat(filled),
                " ".repeat(WIDTH - filled),
                d + 1 > total ? total : d + 1,
                total,
                abbreviate(current),
                elapsed / 1e9));
            err.flush();
          }
          shown = true;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 39) + "\u2026";
  }

  @Override
  public void close() {
    if (!enabled) {
      return;
    }
    ticker.interrupt();
    try {
      ticker.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (shown) {
      synchronized (err) {
        err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
        err.flush();
      }
    }
  }
}
