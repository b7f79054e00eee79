package org.tradetarget.scenarios.report;

/** What a command can print; each command allows some of these (see {@link Output}). */
public enum Format {
  /** Aligned columns for people; numbers rounded. */
  table,
  /** A bare result for people or scripts (a number, a sentence). */
  text,
  /** CSV with a header; numbers round-trip, undefined values empty. */
  csv,
  /** JSON; numbers round-trip, undefined values null. */
  json,
  /** The self-contained HTML report. */
  html
}
