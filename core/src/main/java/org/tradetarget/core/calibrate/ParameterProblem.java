package org.tradetarget.core.calibrate;

/**
 * One problem with a kind's parameters, found without fitting ({@link ModelKind#problems}).
 *
 * @param parameter the parameter's name as given (so a caller can point at its line in a file)
 * @param value the value as given, or {@code null} when a required parameter is missing
 * @param message a one-line message naming the parameter, the value and what is allowed
 */
public record ParameterProblem(String parameter, String value, String message) {}
