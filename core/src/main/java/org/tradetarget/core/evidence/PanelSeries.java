package org.tradetarget.core.evidence;

import org.tradetarget.core.data.AnnualSeries;

/**
 * One consecutive run of positive annual values of a panel series (a series with gaps gives one
 * run per stretch between gaps).
 *
 * @param id the series id: for COW the pair's two ISO alpha-2 codes in the file's order where both
 *     states have one ({@code LA-VN}, {@link CowCodes}), else the two state codes ({@code 260-816})
 * @param run the values, one per consecutive year, all positive (US$ million for trade)
 * @param key the id as the file writes it (for COW the two state codes, e.g. {@code 2-20}); it seeds
 *     the split into halves and the draws of a panel backtest, so naming a pair never changes a
 *     number. Every run of a series has the same key, so they fall in the same half of a split
 */
public record PanelSeries(String id, AnnualSeries run, String key) {
  /** A run whose id is its key (a long panel's series). */
  public PanelSeries(String id, AnnualSeries run) {
    this(id, run, id);
  }
}
