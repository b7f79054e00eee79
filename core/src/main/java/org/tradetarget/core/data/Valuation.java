package org.tradetarget.core.data;

/**
 * How a trade value is valued at the border: FOB (free on board, the exporter's frontier) or CIF
 * (cost, insurance and freight to the importer's frontier; imports are usually CIF, so an importer's
 * figure is larger than the exporter's FOB figure for the same goods).
 */
public enum Valuation {
  /** Free on board. */
  FOB,
  /** Cost, insurance and freight. */
  CIF
}
