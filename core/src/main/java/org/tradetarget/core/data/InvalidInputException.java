package org.tradetarget.core.data;

/**
 * Bad user input: a file, a field or a parameter value that is not allowed. The message is one
 * line for a person: where (file and line, or the parameter), the bad value, and what is allowed.
 */
public class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a complete one-line message. */
  public InvalidInputException(String message) {
    super(message);
  }

  /** Creates an exception with a complete one-line message and a cause. */
  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A message for a bad field: {@code source:line: column 'c': bad value 'v'; allowed}. */
  public static InvalidInputException at(
      String source, int line, String column, String value, String allowed) {
    return new InvalidInputException(
        source + ":" + line + ": column '" + column + "': '" + value + "' " + allowed);
  }
}
