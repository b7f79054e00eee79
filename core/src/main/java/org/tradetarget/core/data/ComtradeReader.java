package org.tradetarget.core.data;

import java.io.StringReader;

/**
 * {@link TradeFormat#COMTRADE}: a UN Comtrade Plus CSV download, or the API's JSON response when the
 * text starts with a brace or a bracket ({@link ComtradeJson}).
 */
final class ComtradeReader extends FormatReader.Text {
  ComtradeReader() {
    super(TradeFormat.COMTRADE);
  }

  @Override
  void rows(String source, String text, ReadOptions options, TradeSink sink) {
    String t = text.stripLeading();
    if (t.startsWith("{") || t.startsWith("[")) {
      ComtradeJson.rows(source, t, sink);
      return;
    }
    CsvRecords csv = CsvRecords.read(source, new StringReader(text));
    for (CsvRecords.Row r : csv.rows()) {
      ComtradeRows.row(source, r.line(), r::get, sink);
    }
  }
}
