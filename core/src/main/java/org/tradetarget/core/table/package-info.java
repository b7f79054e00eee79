/**
 * The Tablesaw edge: converts series and results into {@link tech.tablesaw.api.Table}s. The only
 * package of the library that imports Tablesaw.
 *
 * <p>May import: every other {@code core} package, Tablesaw, the JDK. Nothing imports it back.
 */
package org.tradetarget.core.table;
