/**
 * Reading scenario files into {@code spec} records, with every problem reported at once as
 * {@code file:line:column: yaml.path: problem} (the bad value and what is allowed, a "did you mean"
 * for a name close to a valid one). One class per job:
 *
 * <ul>
 *   <li>{@link org.tradetarget.scenarios.io.YamlReader}: YAML into a position-keeping tree ({@link
 *       org.tradetarget.scenarios.io.YNode}, {@link org.tradetarget.scenarios.io.Origin});
 *   <li>{@code TreeResolver}: {@code extends} chains laid over each other key by key;
 *   <li>{@code Scalars}: typed readers (whole numbers, years, numbers in a range, fractions,
 *       booleans, lists) that report a bad value and go on;
 *   <li>the section binders {@code ModelBinder}, {@code CorridorBinder}, {@code SimulationBinder},
 *       {@code OutputsBinder}, {@code LeverBinder}, {@code MacroBinder} and {@code
 *       SensitivityBinder}, which bind YAML straight to spec and core types;
 *   <li>{@code ScenarioChecks}: the checks across sections that need no fit (deadlines against the
 *       embedded base year and {@code end_year}, jumps with the logistic kind, bootstrap shocks with
 *       a kind that has no residuals);
 *   <li>{@code CorridorBinder} asks core's {@code TradeFiles.isSeedsForm} whether a corridor's file
 *       is a seeds-form CSV or a downloaded trade file, and reads a trade file at load through
 *       {@code Dataset.read} (parsed once per process) on the corridor's basis;
 *   <li>{@link org.tradetarget.scenarios.io.SeriesInput}: the series a command fits, from an
 *       embedded corridor, a year,value CSV or a corridor of a downloaded trade file;
 *   <li>{@code MacroFileBinder} reads {@code macro.file} (a WDI CSV or WEO export) at load, {@code
 *       CountryBetas} binds gravity's {@code beta: {TH: 1.0}}, and {@link
 *       org.tradetarget.scenarios.io.MacroOptions} gives the GDP paths of a command's {@code --macro};
 *   <li>{@code Problems}: collection (each problem once), file order and "did you mean";
 *   <li>{@link org.tradetarget.scenarios.io.ScenarioLoader}: the front door ({@code load}, {@code
 *       resolvedTree}, {@code check}).
 * </ul>
 *
 * <p>May import: {@code spec}, {@code core}, SnakeYAML Engine, the JDK.
 */
package org.tradetarget.scenarios.io;
