/**
 * The one place that knows the whole pipeline: scenario spec + data → fits → simulation → analysis
 * results, ready for {@code report}; also the comparison of scenarios ({@link
 * org.tradetarget.scenarios.run.ScenarioComparison}) and sensitivity runs ({@link
 * org.tradetarget.scenarios.run.Sensitivity}); and what each command computes, callable without
 * the command line: backtests of kinds ({@link org.tradetarget.scenarios.run.Backtests}), a quick
 * what-if ({@link org.tradetarget.scenarios.run.WhatIf}), the instrument that reaches a probability
 * ({@link org.tradetarget.scenarios.run.Solving}), a kind fitted with built-in levers ({@link
 * org.tradetarget.scenarios.run.LeverFit}), a projection's forecast ({@link
 * org.tradetarget.scenarios.run.Projecting}), the scenarios a run loads ({@link
 * org.tradetarget.scenarios.run.RunPlan}) and the targets reviewed ({@link
 * org.tradetarget.scenarios.run.TargetReview}). A bad setting is an {@code InvalidSetting}: its
 * name and what is wrong, worded by the front end.
 *
 * <p>May import: {@code spec}, {@code io}, {@code core} (any package), the JDK. Never imports {@code
 * report} or {@code cli}.
 */
package org.tradetarget.scenarios.run;
