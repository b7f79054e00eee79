package org.tradetarget.core.calibrate;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.tradetarget.core.data.Country;

/**
 * A kind's parameter names where one parameter exists per country: iterating gives the names the
 * kind lists (for help and messages), and {@link #contains} also accepts the prefix followed by any
 * ISO 3166-1 alpha-2 code in lower case (e.g. {@code beta_th}).
 */
final class CountryParameterNames extends AbstractSet<String> {
  private final Set<String> listed;
  private final String prefix;

  CountryParameterNames(Set<String> listed, String prefix) {
    this.listed = Set.copyOf(listed);
    this.prefix = prefix;
  }

  @Override
  public boolean contains(Object o) {
    if (!(o instanceof String s)) {
      return false;
    }
    if (listed.contains(s)) {
      return true;
    }
    String code = s.startsWith(prefix) ? s.substring(prefix.length()) : "";
    if (code.length() != 2 || !code.equals(code.toLowerCase(Locale.ROOT))) {
      return false;
    }
    try {
      Country.of(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public Iterator<String> iterator() {
    return new java.util.TreeSet<>(listed).iterator();
  }

  @Override
  public int size() {
    return listed.size();
  }
}
