package org.tradetarget.scenarios.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.tradetarget.core.data.InvalidInputException;
import org.tradetarget.core.data.InvalidSetting;
import org.tradetarget.scenarios.io.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code tradetarget} command. The only place that prints or sets exit codes: 0 on success, 2
 * for bad usage or bad input (a one-line message on stderr, no stack trace unless {@code --debug}),
 * 1 for an internal failure.
 */
@Command(
    name = "tradetarget",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Projects bilateral trade toward stated policy targets (money in US$ million, calendar years).",
    subcommands = {
      TargetsCommand.class,
      RequiredGrowthCommand.class,
      DataCommand.class,
      RunCommand.class,
      ValidateCommand.class,
      CompareCommand.class,
      SweepCommand.class,
      TornadoCommand.class,
      ProjectCommand.class,
      BacktestCommand.class,
      HindsightCommand.class,
      LeversCommand.class,
      DecomposeCommand.class,
      SolveCommand.class,
      SimulateCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Exit code for success. */
  public static final int OK = 0;
  /** Exit code for an internal failure. */
  public static final int INTERNAL = 1;
  /** Exit code for bad usage or bad input. */
  public static final int BAD_INPUT = 2;

  /**
   * A system property for tests only: when set, every command fails as an internal error would, so
   * that the exit code and message of an internal failure can be checked.
   */
  static final String INJECTED_FAILURE = "tradetarget.test.internalFailure";

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is required; see 'tradetarget --help'");
  }

  /** Runs the command and exits the JVM with its exit code. */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** The stack trace when debugging, the stream flushed, and the exit code. */
  private static int ended(PrintWriter err, Throwable ex, boolean debug, int code) {
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** Runs the command with the given streams and returns its exit code (never exits the JVM). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(false);
    // descriptions are written in lines of up to about 105 characters
    cl.setUsageHelpWidth(110);
    SharedOption.applyWording(cl);
    cl.setParameterExceptionHandler((ex, a) -> {
      String where = ex.getCommandLine().getCommandSpec().qualifiedName();
      String msg = oneLine(ex.getMessage()).replaceFirst("^Error: ", "");
      err.println(where + ": error: " + msg
          + (msg.contains("--help") ? "" : " (see '" + where + " --help')"));
      return ended(err, ex, debug, BAD_INPUT);
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      String where = c.getCommandSpec().qualifiedName();
      if (ex instanceof ScenarioException se) {
        for (String problem : se.problems()) {
          err.println(where + ": error: " + oneLine(problem));
        }
        return ended(err, ex, debug, BAD_INPUT);
      }
      if (ex instanceof InvalidInputException || ex instanceof IllegalArgumentException) {
        err.println(where + ": error: " + oneLine(words(ex)));
        return ended(err, ex, debug, BAD_INPUT);
      }
      err.println(where + ": internal error: " + ex.getClass().getSimpleName() + ": "
          + oneLine(String.valueOf(ex.getMessage()))
          + (debug ? "" : " (run with --debug for details)"));
      return ended(err, ex, debug, INTERNAL);
    });
    cl.setExecutionStrategy(parsed -> {
      if (System.getProperty(INJECTED_FAILURE) != null) {
        throw new CommandLine.ExecutionException(
            cl, "injected", new IllegalStateException("a failure injected for a test"));
      }
      return new CommandLine.RunLast().execute(parsed);
    });
    int code;
    try {
      code = cl.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // an Error escapes picocli's handlers; it is still one line and exit 1
      err.println("tradetarget: internal error: " + e.getClass().getSimpleName()
          + (e instanceof OutOfMemoryError
              ? " (the run needs more memory than Java may use; lower --paths or raise -Xmx)"
              : "")
          + (debug ? "" : " (run with --debug for details)"));
      if (debug) {
        e.printStackTrace(err);
      }
      code = INTERNAL;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** The problem in the command line's words: a setting is its option. */
  static String words(Exception ex) {
    return ex instanceof InvalidSetting s
        ? "option '--" + s.setting() + "': " + s.detail()
        : ex.getMessage();
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"tradetarget " + version()};
    }
  }

  /** The library version from the jar manifest, or {@code dev} when run from classes. */
  public static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
