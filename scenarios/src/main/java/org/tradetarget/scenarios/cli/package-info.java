/**
 * The {@code tradetarget} command line: one class per subcommand. The only place that prints or
 * sets exit codes (0 success, 2 bad usage or input, 1 internal failure).
 *
 * <p>May import: every other {@code scenarios} package, {@code core}, picocli, the JDK.
 */
package org.tradetarget.scenarios.cli;
