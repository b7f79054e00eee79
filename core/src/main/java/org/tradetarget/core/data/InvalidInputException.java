package org.tradetarget.core.data;

/**
 * Bad user input: a file, a field or a parameter value that is not allowed. The message is one
 * line for a person: where (file and line, or the parameter), the bad value, and what is allowed.
 */
public class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a complete one-line message (line breaks in it are escaped). */
  public InvalidInputException(String message) {
    super(oneLine(message));
  }

  /** Creates an exception with a complete one-line message and a cause. */
  public InvalidInputException(String message, Throwable cause) {
    super(oneLine(message), cause);
  }

  /** The message with each line break written as \n or \r, so it stays one line. */
  private static String oneLine(String message) {
    return message == null ? null : message.replace("\r", "\\r").replace("\n", "\\n");
  }

  /** A message for a bad field: {@code source:line: column 'c': bad value 'v'; allowed}. */
  public static InvalidInputException at(
      String source, int line, String column, String value, String allowed) {
    String shown = value.length() > 200 ? value.substring(0, 200) + "..." : value;
    return new InvalidInputException(
        source + ":" + line + ": column '" + column + "': '" + shown + "' " + allowed);
  }
}
