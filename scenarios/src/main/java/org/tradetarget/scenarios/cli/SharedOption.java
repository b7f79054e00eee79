package org.tradetarget.scenarios.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * An option several commands share, declared once in a picocli mixin ({@link FormatOption},
 * {@link OutOption}, {@link ForceOption}, {@link ThreadsOption}, {@link SeedOption}). A command
 * creates its mixin with the wording that fits it (label, help text, default); {@link
 * #applyWording} puts that wording on the option once the command tree is built, keeping the
 * options in their declared order.
 */
abstract class SharedOption {
  private final String paramLabel;
  private final String help;
  private final String defaultValue;

  /** The wording this command gives the option; null keeps the mixin's own. */
  SharedOption(String paramLabel, String help, String defaultValue) {
    this.paramLabel = paramLabel;
    this.help = help;
    this.defaultValue = defaultValue;
  }

  /** The option's name, e.g. {@code --format}. */
  abstract String optionName();

  private OptionSpec reword(OptionSpec o) {
    OptionSpec.Builder b = o.toBuilder();
    if (paramLabel != null) {
      b.paramLabel(paramLabel);
    }
    if (help != null) {
      b.description(help);
    }
    if (defaultValue != null) {
      b.defaultValue(defaultValue);
    }
    return b.build();
  }

  /** Gives every shared option of every subcommand (at any depth) its command's wording. */
  static void applyWording(CommandLine cl) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      applyWording(sub.getCommandSpec());
      applyWording(sub);
    }
  }

  private static void applyWording(CommandSpec spec) {
    Map<String, SharedOption> shared = new HashMap<>();
    for (CommandSpec m : spec.mixins().values()) {
      if (m.userObject() instanceof SharedOption s) {
        shared.put(s.optionName(), s);
      }
    }
    List<OptionSpec> all = new ArrayList<>(spec.options());
    int first = 0;
    while (first < all.size() && !shared.containsKey(all.get(first).longestName())) {
      first++;
    }
    // re-add from the first changed option on, so that an unsorted help keeps the declared order
    List<OptionSpec> tail = all.subList(first, all.size());
    for (OptionSpec o : tail) {
      spec.remove(o);
    }
    for (OptionSpec o : tail) {
      SharedOption s = shared.get(o.longestName());
      spec.addOption(s == null ? o : s.reword(o));
    }
  }
}
