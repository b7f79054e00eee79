package org.tradetarget.core.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@link TradeFormat#COMTRADE_BULK}: the tab-separated UN Comtrade Plus bulk file. */
final class ComtradeBulkReader extends FormatReader.Text {
  ComtradeBulkReader() {
    super(TradeFormat.COMTRADE_BULK);
  }

  @Override
  void rows(String source, String text, ReadOptions options, TradeSink sink) {
    List<String> header = null;
    int line = 0;
    for (String l : text.split("\n", -1)) {
      line++;
      l = l.replace("\r", "");
      if (header == null) {
        header = new ArrayList<>();
        for (String h : l.split("\t", -1)) {
          header.add(h.trim().toLowerCase(Locale.ROOT));
        }
        continue;
      }
      if (l.isBlank()) {
        continue;
      }
      String[] f = l.split("\t", -1);
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < header.size() && i < f.length; i++) {
        m.putIfAbsent(header.get(i), f[i].trim());
      }
      ComtradeRows.row(source, line, c -> m.getOrDefault(c, ""), sink);
    }
  }
}
