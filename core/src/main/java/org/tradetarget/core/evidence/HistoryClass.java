package org.tradetarget.core.evidence;

import org.tradetarget.core.data.InvalidInputException;

/** How many points a fit used, in the classes the panel evidence is reported by. */
public enum HistoryClass {
  /** 3 to 5 points (2-point fits, where allowed, count here too). */
  SHORT("3-5"),
  /** 6 to 10 points. */
  MEDIUM("6-10"),
  /** 11 to 20 points. */
  LONG("11-20"),
  /** 21 points or more. */
  LONGEST("21+");

  /** The label that stands for every class together in the outputs. */
  public static final String ALL = "all";

  private final String label;

  HistoryClass(String label) {
    this.label = label;
  }

  /** The position of this class in shortest-first order, 0 to 3. */
  public int index() {
    return switch (this) {
      case SHORT -> 0;
      case MEDIUM -> 1;
      case LONG -> 2;
      case LONGEST -> 3;
    };
  }

  /** The class at a position in shortest-first order. */
  public static HistoryClass byIndex(int i) {
    return switch (i) {
      case 0 -> SHORT;
      case 1 -> MEDIUM;
      case 2 -> LONG;
      case 3 -> LONGEST;
      default -> throw new IllegalArgumentException("no history class at " + i);
    };
  }

  /** The label written in the outputs, e.g. {@code 6-10}. */
  public String label() {
    return label;
  }

  /** The class of a fit on {@code points} points. */
  public static HistoryClass of(int points) {
    if (points <= 5) {
      return SHORT;
    }
    if (points <= 10) {
      return MEDIUM;
    }
    return points <= 20 ? LONG : LONGEST;
  }

  /**
   * The class with this label.
   *
   * @throws InvalidInputException naming the label and the allowed ones
   */
  public static HistoryClass ofLabel(String label) {
    for (HistoryClass c : values()) {
      if (c.label.equals(label.trim())) {
        return c;
      }
    }
    throw new InvalidInputException(
        "history class '" + label + "' is not allowed; expected 3-5, 6-10, 11-20 or 21+");
  }
}
