package org.tradetarget.core.evidence;

import org.tradetarget.core.data.AnnualSeries;

/**
 * One consecutive run of positive annual values of a panel series (a series with gaps gives one
 * run per stretch between gaps).
 *
 * @param id the series id (for COW: the two state codes, e.g. {@code 2-20}); every run of a series
 *     has the same id, so they fall in the same half of a split
 * @param run the values, one per consecutive year, all positive (US$ million for trade)
 */
public record PanelSeries(String id, AnnualSeries run) {}
