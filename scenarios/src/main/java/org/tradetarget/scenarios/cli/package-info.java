/**
 * The {@code tradetarget} command line: one class per subcommand. The only place that prints or
 * sets exit codes (0 success, 2 bad usage or input, 1 internal failure).
 *
 * <p>A command computes its result, builds a {@code report.Output} (rows or a JSON tree per format)
 * and prints it with its {@link org.tradetarget.scenarios.cli.FormatOption}; it never formats a
 * table, CSV or JSON itself. The options several commands share ({@code --format}, {@code --out},
 * {@code --force}, {@code --threads}, {@code --seed}) are declared once each, as picocli mixins
 * ({@link org.tradetarget.scenarios.cli.SharedOption}); a command states its allowed formats and
 * its wording of their help.
 *
 * <p>May import: every other {@code scenarios} package, {@code core}, picocli, Jackson (JSON trees handed to the renderer), the JDK.
 */
package org.tradetarget.scenarios.cli;
