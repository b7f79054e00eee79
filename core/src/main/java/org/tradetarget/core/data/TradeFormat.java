package org.tradetarget.core.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The trade-file formats {@link Dataset#read} knows, each with the published layout it follows and
 * the unit of its values. The format is detected from the first line (after a byte-order mark) or
 * named by its id.
 *
 * <ul>
 *   <li>{@code comtrade} — UN Comtrade Plus, CSV download or the API's JSON ({@code {"data": [...]}}):
 *       camelCase fields {@code refYear, reporterCode, reporterISO, flowCode, partnerCode,
 *       partner2Code, cmdCode, customsCode, motCode, primaryValue, cifvalue, fobvalue,
 *       isAggregate, ...}, matched case-insensitively; a leading unnamed index column is tolerated.
 *       Values in whole US$.
 *   <li>{@code comtrade-bulk} — UN Comtrade Plus bulk files: tab-separated, codes only, {@code
 *       CIFValue}/{@code FOBValue}, booleans as 1/0. Whole US$.
 *   <li>{@code comtrade-legacy} — the legacy UN Comtrade CSV ({@code Classification,Year,Period,...,
 *       Trade Flow Code,...,Reporter Code,...,Partner Code,...,Trade Value (US$),Flag}). Whole US$.
 *   <li>{@code dots} — IMF Direction of Trade Statistics legacy bulk CSV ({@code "Country Name",
 *       "Country Code","Indicator Name","Indicator Code","Counterpart Country Name","Counterpart
 *       Country Code","Attribute"}, then one column per year). IMF numeric country codes. The file
 *       states no unit, so the reader requires {@link ReadOptions#withScale}.
 *   <li>{@code imts} — IMF International Trade in Goods (IMTS) SDMX-CSV from the IMF data portal
 *       ({@code DATAFLOW,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,...,
 *       SCALE}); ISO alpha-3 codes; {@code SCALE} is the power of ten of {@code OBS_VALUE} in US$.
 *   <li>{@code baci} — a CEPII BACI release folder: {@code BACI_HS??_Y????_V??????.csv} year files
 *       ({@code t,i,j,k,v,q}: year, exporter, importer, HS product, value in thousands of US$,
 *       quantity in tonnes) and {@code country_codes_V??????.csv}. Reconciled, FOB.
 * </ul>
 */
public enum TradeFormat {
  /** UN Comtrade Plus CSV download or API JSON. */
  COMTRADE("comtrade"),
  /** UN Comtrade Plus bulk TSV. */
  COMTRADE_BULK("comtrade-bulk"),
  /** Legacy UN Comtrade CSV. */
  COMTRADE_LEGACY("comtrade-legacy"),
  /** IMF DOTS legacy bulk CSV. */
  DOTS("dots"),
  /** IMF IMTS SDMX-CSV. */
  IMTS("imts"),
  /** CEPII BACI release folder. */
  BACI("baci");

  private final String id;

  TradeFormat(String id) {
    this.id = id;
  }

  /** The id: {@code comtrade}, {@code comtrade-bulk}, {@code comtrade-legacy}, {@code dots}, {@code imts}, {@code baci}. */
  public String id() {
    return id;
  }

  /** The reader of this format: one class per format. */
  FormatReader reader() {
    return switch (this) {
      case COMTRADE -> new ComtradeReader();
      case COMTRADE_BULK -> new ComtradeBulkReader();
      case COMTRADE_LEGACY -> new ComtradeLegacyReader();
      case DOTS -> new DotsReader();
      case IMTS -> new ImtsReader();
      case BACI -> new BaciReader();
    };
  }

  /**
   * Parses an id (case-insensitive).
   *
   * @throws InvalidInputException naming the bad id and the valid ones
   */
  public static TradeFormat of(String id) {
    String s = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
    for (TradeFormat f : values()) {
      if (f.id.equals(s)) {
        return f;
      }
    }
    throw new InvalidInputException(
        "format '" + id + "' is not allowed; expected auto or one of " + ids());
  }

  /** Every id, comma-separated. */
  public static String ids() {
    return Arrays.stream(values()).map(TradeFormat::id).collect(Collectors.joining(", "));
  }

  /**
   * Detects the format from the first line of a file (without its byte-order mark).
   *
   * @param source the file name for the message
   * @throws InvalidInputException listing the formats tried and the first line seen
   */
  public static TradeFormat detect(String source, String firstLine) {
    String line = firstLine == null ? "" : firstLine;
    String t = line.trim();
    if (t.startsWith("{") || t.startsWith("[")) {
      return COMTRADE;
    }
    List<String> fields = Arrays.stream(line.split(line.indexOf('\t') >= 0 ? "\t" : ",", -1))
        .map(f -> f.trim().replace("\"", "").toLowerCase(Locale.ROOT))
        .toList();
    if (fields.contains("refyear")
        && fields.contains("reportercode")
        && fields.contains("flowcode")) {
      return line.indexOf('\t') >= 0 ? COMTRADE_BULK : COMTRADE;
    }
    if (fields.contains("trade flow code")
        && fields.contains("reporter code")
        && fields.contains("partner code")) {
      return COMTRADE_LEGACY;
    }
    if (fields.contains("country code")
        && fields.contains("counterpart country code")
        && fields.contains("attribute")
        && fields.contains("indicator code")) {
      return DOTS;
    }
    if (fields.contains("counterpart_country")
        && fields.contains("obs_value")
        && fields.contains("time_period")) {
      return IMTS;
    }
    if (fields.equals(List.of("t", "i", "j", "k", "v", "q"))) {
      return BACI;
    }
    String shown = line.length() > 120 ? line.substring(0, 120) + "..." : line;
    String hint = fields.size() == 1 && line.contains(";")
        ? "; its fields are separated by ';': save the file as CSV with ',' between fields and"
            + " '.' as the decimal mark"
        : "";
    throw new InvalidInputException(source + ":1: cannot detect the trade-file format; tried "
        + ids() + "; the first line is '" + shown + "'" + hint);
  }
}
