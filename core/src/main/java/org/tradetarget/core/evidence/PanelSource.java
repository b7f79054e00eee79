package org.tradetarget.core.evidence;

/**
 * Where a panel came from, for the provenance of what is computed from it.
 *
 * @param fileName the file's name (without its folder)
 * @param sha256 the SHA-256 of the file's bytes as stored (compressed if it is), lower-case hex
 * @param format the layout read
 * @param rows the data rows read
 * @param series the series (with at least one positive value)
 * @param runs the consecutive runs of positive values
 * @param firstYear the earliest year with a positive value, or 0 when none
 * @param lastYear the latest year with a positive value, or 0 when none
 */
public record PanelSource(
    String fileName,
    String sha256,
    PanelFormat format,
    long rows,
    int series,
    int runs,
    int firstYear,
    int lastYear) {}
