/**
 * The scenario language as values: records for a resolved scenario, its corridors, simulation and
 * output settings, each checking its own values.
 *
 * <p>May import: {@code core} (data, lever and model names), the JDK. Never imports {@code io}, {@code run},
 * {@code report} or {@code cli}.
 */
package org.tradetarget.scenarios.spec;
