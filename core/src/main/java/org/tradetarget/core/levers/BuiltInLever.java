package org.tradetarget.core.levers;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tradetarget.core.data.Corridor;
import org.tradetarget.core.data.InvalidInputException;

/**
 * The registry of built-in levers: the projects named in the source reports of the three targets
 * ({@code 000}–{@code 004} beside the project, see the seeds' README). Every default value is an
 * assumption; {@link Lever#basis()} says which and cites the basis where one was found. A scenario
 * may override any field or define its own levers.
 */
// Lever is a record of immutable values (its corridor list is copied with List.copyOf).
@SuppressWarnings("ImmutableEnumChecker")
public enum BuiltInLever {
  /** The Phnom Penh–Bavet expressway synchronised with the Ho Chi Minh City–Moc Bai expressway. */
  PHNOM_PENH_BAVET_EXPRESSWAY(Lever.tradeCost(
      "phnom-penh-bavet-expressway",
      List.of(Corridor.VN_KH),
      2027,
      3,
      -0.03,
      0.8,
      1.0,
      "Assumption. Report 003 (Feb 2026): the leaders fast-tracked the synchronization of the Phnom Penh-Bavet"
          + " expressway with the Ho Chi Minh City-Moc Bai expressway. Timing: the Cambodian Minister of Public"
          + " Works and Transport gave a completion in 'the latter half of 2026 or the early months of 2027'"
          + " (teleSUR, Apr 2023), so 2027 is the first year of effect; probability 0.8 and a mean delay of 1 year"
          + " are assumptions (no completion date for the Moc Bai section was found). Size: Limao and Venables"
          + " (2001, World Bank Economic Review 15(3)) find that a deterioration of infrastructure from the median"
          + " to the 75th percentile raises transport costs by 12 percentage points; one expressway on the"
          + " corridor's main road is assumed to cut its trade-cost factor by 3 %.")),

  /** Wharf No. 3 of the Lao-Viet International Port at Vũng Áng. */
  VUNG_ANG_PORT_TERMINAL_3(Lever.tradeCost(
      "vung-ang-port-terminal-3",
      List.of(Corridor.VN_LA),
      2026,
      3,
      -0.02,
      1.0,
      0.0,
      "Report 004 (Apr 2025) names Vung Ang Port Terminal 3 a catalyst for regional connectivity. Wharf No. 3"
          + " of the Lao-Viet International Port was put into operation on 28 Apr 2025 (SGGP, 29 Apr 2025),"
          + " raising the port's capacity 'from 4.5 million tonnes to over 6.5 million tonnes'; 2026 is its"
          + " first full year, so probability 1 and no delay. Size (assumption): Clark, Dollar and Micco"
          + " (2004, Journal of Development Economics 75(2)) find that improving port efficiency from the 25th"
          + " to the 75th percentile reduces shipping costs by 12 %; the wharf serves part of the corridor's"
          + " trade only, so a 2 % cut of its trade-cost factor is assumed.")),

  /** Cambodian farm exports by rail through Laos to China. */
  CAMBODIA_LAOS_RAIL_TO_CHINA(Lever.direct(
      "cambodia-laos-rail-to-china",
      List.of(Corridor.KH_LA),
      2028,
      3,
      0.05,
      0.5,
      2.0,
      "Assumption; no estimate of its trade effect was found. Report 003 (Feb 2026): Cambodia will utilize"
          + " Lao territory to transport agricultural products via high-speed rail to China. Transit goods are"
          + " not Cambodia-Laos trade; the assumed +5 % at full effect stands for the services and goods trade"
          + " that transit brings. No timetable was found: first effect 2028, probability 0.5, mean delay 2"
          + " years.")),

  /** Lao use of Cambodian seaports ("land-linked" strategy). */
  LAO_USE_OF_CAMBODIAN_SEAPORTS(Lever.tradeCost(
      "lao-use-of-cambodian-seaports",
      List.of(Corridor.KH_LA),
      2027,
      3,
      -0.05,
      0.6,
      1.5,
      "Assumption. Report 003 (Feb 2026): Laos, seeking to fulfill its strategy of becoming a land-linked"
          + " nation, will utilize Cambodian seaports. Basis: Limao and Venables (2001, World Bank Economic"
          + " Review 15(3)) find infrastructure, including that of transit countries, an important determinant"
          + " of transport costs for landlocked countries; a 5 % cut of the corridor's trade-cost factor,"
          + " probability 0.6 and a mean delay of 1.5 years are assumed.")),

  /** Cross-border economic zones (joint research agreed). */
  CROSS_BORDER_ECONOMIC_ZONES(Lever.direct(
      "cross-border-economic-zones",
      List.of(Corridor.VN_LA, Corridor.VN_KH, Corridor.KH_LA),
      2029,
      4,
      0.03,
      0.5,
      2.0,
      "Assumption; no estimate of its trade effect was found. Report 000 (May 2025): the three prime"
          + " ministers agreed to initiate joint research on establishing cross-border economic zones. Only"
          + " research is agreed, hence a late first year (2029), probability 0.5 and a mean delay of 2 years;"
          + " +3 % trade at full effect.")),

  /** Faster cross-border customs and immigration. */
  FASTER_CUSTOMS_IMMIGRATION(
      Lever.direct(
          "faster-customs-immigration",
          List.of(Corridor.VN_LA, Corridor.VN_KH, Corridor.KH_LA),
          2027,
          2,
          0.02,
          0.7,
          1.0,
          "Assumption. Report 000 (May 2025): the leaders agreed to enhance the efficiency of cross-border customs"
              + " and immigration processes; report 004: joint working groups on customs. Basis: Djankov, Freund"
              + " and Pham ('Trading on Time', World Bank Policy Research Working Paper 3909, 2006) find that each"
              + " additional day a product is delayed prior to being shipped reduces trade by at least 1 percent;"
              + " two days saved are assumed, +2 % at full effect. Timing and probability are assumptions."));

  private final Lever lever;

  BuiltInLever(Lever lever) {
    this.lever = lever;
  }

  /** The lever with its default values. */
  public Lever lever() {
    return lever;
  }

  /** The lever's name, e.g. {@code phnom-penh-bavet-expressway}. */
  public String id() {
    return lever.name();
  }

  /**
   * Looks a built-in lever up by name (case-insensitive).
   *
   * @throws InvalidInputException naming the bad name and listing the valid ones
   */
  public static BuiltInLever of(String name) {
    String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    for (BuiltInLever b : values()) {
      if (b.id().equals(key)) {
        return b;
      }
    }
    throw new InvalidInputException("unknown lever '" + name + "'; valid: " + validNames());
  }

  /** The built-in levers' names, comma-separated. */
  public static String validNames() {
    return Arrays.stream(values()).map(BuiltInLever::id).collect(Collectors.joining(", "));
  }

  /** Every built-in lever with its default values, in declaration order. */
  public static List<Lever> all() {
    return Arrays.stream(values()).map(BuiltInLever::lever).toList();
  }
}
