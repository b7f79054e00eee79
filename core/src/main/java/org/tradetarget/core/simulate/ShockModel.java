package org.tradetarget.core.simulate;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tradetarget.core.data.InvalidInputException;

/** The registry of shock distributions; the user-facing name is {@link #id()}. */
public enum ShockModel {
  /** ε = σ·z, z standard normal (ziggurat sampler). */
  NORMAL("normal"),
  /**
   * ε = σ·√((ν − 2)/ν)·t with t Student-t with ν &gt; 2 degrees of freedom: fat tails, same variance
   * σ² as the normal. Written {@code t:NU}, e.g. {@code t:5}.
   */
  STUDENT_T("t"),
  /** ε drawn with replacement from the series' residuals (as given, not re-centred or rescaled). */
  BOOTSTRAP("bootstrap");

  private final String id;

  ShockModel(String id) {
    this.id = id;
  }

  /** The user-facing name. */
  public String id() {
    return id;
  }

  /**
   * Looks a model up by name.
   *
   * @throws InvalidInputException naming the bad name and listing the valid ones
   */
  public static ShockModel of(String name) {
    String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    for (ShockModel m : values()) {
      if (m.id.equals(key)) {
        return m;
      }
    }
    throw new InvalidInputException("unknown shock model '" + name + "'; valid: " + validNames());
  }

  /** The valid names as written by a user, comma-separated. */
  public static String validNames() {
    return Arrays.stream(values())
        .map(m -> m == STUDENT_T ? "t:NU (NU > 2)" : m.id)
        .collect(Collectors.joining(", "));
  }
}
