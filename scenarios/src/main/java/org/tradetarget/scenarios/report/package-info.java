/**
 * Output formats: round-tripping numbers for CSV and JSON, a JSON writer, CSV records, text tables
 * for people, the self-contained HTML report ({@link org.tradetarget.scenarios.report.HtmlReport})
 * with hand-written SVG charts ({@link org.tradetarget.scenarios.report.Svg}), and the reports of
 * runs, sensitivity tornadoes and sweeps. Renders to strings; never prints.
 *
 * <p>May import: {@code spec}, {@code io}, {@code run}, {@code core} (any package), the JDK. Never
 * imports {@code cli}.
 */
package org.tradetarget.scenarios.report;
