package org.tradetarget.scenarios.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.tradetarget.scenarios.report.Format;
import org.tradetarget.scenarios.report.Output;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --format}: each command lists the formats it allows, the first being its default, and
 * prints its {@link Output} in the chosen one. Any other value is refused as picocli refuses a bad
 * enum value: {@code Invalid value for option '--format': expected one of [table, csv, json]
 * (case-sensitive) but was 'xml'}.
 */
final class FormatOption extends SharedOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  private final List<Format> allowed;
  private Format chosen;

  /** The allowed formats (the first is the default) with the option's help text. */
  FormatOption(String help, Format... allowed) {
    super(null, help, allowed[0].name());
    this.allowed = List.of(allowed);
  }

  /** {@code table} (the default), {@code csv} or {@code json}. */
  static FormatOption tableCsvJson() {
    return new FormatOption(
        "table, csv or json (default: ${DEFAULT-VALUE}).", Format.table, Format.csv, Format.json);
  }

  @Override
  String optionName() {
    return "--format";
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "The output format (default: ${DEFAULT-VALUE}).")
  void set(String name) {
    for (Format f : allowed) {
      if (f.name().equals(name)) {
        chosen = f;
        return;
      }
    }
    throw new ParameterException(
        mixee.commandLine(),
        "Invalid value for option '--format': expected one of "
            + allowed.stream().map(Format::name).collect(Collectors.joining(", ", "[", "]"))
            + " (case-sensitive) but was '" + name + "'");
  }

  /** The chosen format. */
  Format get() {
    return chosen == null ? allowed.get(0) : chosen;
  }

  /** Prints the output in the chosen format on the command's standard output. */
  void print(Output output) {
    mixee.commandLine().getOut().print(output.render(get()));
  }
}
