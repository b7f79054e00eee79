/**
 * The one place that knows the whole pipeline: scenario spec + data → fits → simulation → analysis
 * results, ready for {@code report}; also the comparison of scenarios ({@link
 * org.tradetarget.scenarios.run.ScenarioComparison}) and sensitivity runs ({@link
 * org.tradetarget.scenarios.run.Sensitivity}).
 *
 * <p>May import: {@code spec}, {@code io}, {@code core} (any package), the JDK. Never imports {@code
 * report} or {@code cli}.
 */
package org.tradetarget.scenarios.run;
