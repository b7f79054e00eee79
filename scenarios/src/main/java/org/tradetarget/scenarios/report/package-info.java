/**
 * Output formats: round-tripping numbers for CSV and JSON, a JSON writer, CSV records and text
 * tables for people (later: the HTML report and charts). Renders to strings; never prints.
 *
 * <p>May import: {@code core} (any package), the JDK. Never imports {@code cli}.
 */
package org.tradetarget.scenarios.report;
