package org.tradetarget.scenarios.cli;

/** The {@code --format} choices of the commands that print results. */
public enum OutputFormat {
  /** Aligned columns for people; numbers rounded. */
  table,
  /** CSV with a header; numbers round-trip, undefined values empty. */
  csv,
  /** JSON; numbers round-trip, undefined values null. */
  json
}
