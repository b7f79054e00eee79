/**
 * Output formats. {@link org.tradetarget.scenarios.report.Rows} is a command's result as rows
 * (column names, typed cells, headings and notes for people) and {@link
 * org.tradetarget.scenarios.report.Render} is the one renderer that writes it, or any JSON tree, as
 * a table (rounded for people), CSV or JSON (through Jackson; numbers round-trip, undefined values
 * are empty or null, see {@link org.tradetarget.scenarios.report.Numbers}); {@link
 * org.tradetarget.scenarios.report.Output} holds what a command prints in each {@link
 * org.tradetarget.scenarios.report.Format}. Also the run and sensitivity reports, the HTML report and
 * SVG charts; one class per command's result ({@code BacktestTables}, {@code SimulationTables},
 * {@code SolveTables}, {@code ProjectionTables}, {@code TargetTables}, {@code DataTables}, {@code
 * HindsightTables}, {@code PanelHindsightReports}, {@code ComparisonTables}, {@code
 * DecompositionTables}, {@code LeverTables}); {@code KindHelp}, the kinds' help texts; and
 * {@link org.tradetarget.scenarios.report.FileSet}, which writes a command's files as one set
 * (locked folder, staged and synced, moved into place). Renders to strings and writes files; never
 * prints.
 *
 * <p>May import: {@code scenarios.run}, {@code scenarios.io}, {@code scenarios.spec}, {@code core}
 * (any package), Jackson, the JDK. Never imports {@code cli}.
 */
package org.tradetarget.scenarios.report;
