/**
 * The domain and its data: {@link org.tradetarget.core.data.Country} (every ISO 3166-1 country) and
 * the code schemes of trade files ({@link org.tradetarget.core.data.CountryCodes}), {@link
 * org.tradetarget.core.data.Corridor}, {@link org.tradetarget.core.data.AnnualSeries}, {@link
 * org.tradetarget.core.data.Target}, trade and macro rows with provenance, the CSV reader, the one
 * number grammar of every reader ({@link org.tradetarget.core.data.StrictNumbers}), strict UTF-8
 * reading within a size limit ({@link org.tradetarget.core.data.TextFiles}) and {@link
 * org.tradetarget.core.data.Dataset} (the embedded {@code seeds/} data and user files), and the
 * readers of the trade files economists download ({@link org.tradetarget.core.data.TradeFormat}:
 * UN Comtrade, IMF DOTS and IMTS, CEPII BACI) into one long form ({@link
 * org.tradetarget.core.data.TradeData}, {@link org.tradetarget.core.data.TradeRecord}) with the
 * reporter {@link org.tradetarget.core.data.Basis}; and the readers of the macro files that give any
 * country's GDP ({@link org.tradetarget.core.data.MacroFiles}: World Bank WDI CSV, IMF WEO export)
 * into a {@link org.tradetarget.core.data.MacroTable}.
 *
 * <p>What a data file is (a seeds-form CSV or a trade file of a format) is answered once, in {@link
 * org.tradetarget.core.data.TradeFiles}, which also keeps each parsed file for the process (keyed by
 * path, size and modification time); each {@link org.tradetarget.core.data.TradeFormat} has its own
 * reader class. Data files are UTF-8, else Windows-1252 with a notice ({@link
 * org.tradetarget.core.data.TextEncoding}).
 *
 * <p>May import: the JDK and Jackson's streaming parser ({@code com.fasterxml.jackson.core}, for the
 * UN Comtrade API's JSON). Every other package of the library may import this one.
 */
package org.tradetarget.core.data;
