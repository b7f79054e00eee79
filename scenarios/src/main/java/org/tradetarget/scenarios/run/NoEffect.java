package org.tradetarget.scenarios.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which varied assumptions of a sweep or a tornado changed nothing: every corridor's P(met by the
 * deadline) and deadline median are the same, to the bit, at every value (common random numbers
 * make an assumption that is not used give identical numbers). Each finding is one line for the
 * user, with the reason when it is known, so that "this assumption does not matter" is never read
 * into an assumption the scenario does not use.
 */
public final class NoEffect {
  private NoEffect() {}

  /** One line per {@code --vary} path that leaves every corridor's numbers unchanged. */
  public static List<String> of(Sensitivity.Sweep sweep) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < sweep.varies().size(); k++) {
      // group the points by the other varied value; within each group only path k moves
      Map<Object, List<Sensitivity.Point>> groups = new HashMap<>();
      for (Sensitivity.Point p : sweep.points()) {
        Object key = sweep.varies().size() == 1 ? "" : p.values().get(1 - k);
        groups.computeIfAbsent(key, x -> new ArrayList<>()).add(p);
      }
      boolean flat = groups.values().stream().allMatch(NoEffect::same);
      if (flat && sweep.varies().get(k).values().size() > 1) {
        String path = sweep.varies().get(k).path();
        out.add("--vary " + path + " has no effect: every corridor's P(met) and median are the same"
            + " at every value" + reason(path));
      }
    }
    return out;
  }

  /** One line per sensitivity path whose low and high ends leave every corridor unchanged. */
  public static List<String> of(Sensitivity.Tornado tornado) {
    Map<String, Boolean> flat = new java.util.LinkedHashMap<>();
    for (Sensitivity.Bar b : tornado.bars()) {
      boolean same = b.pLow() == b.pBase()
          && b.pHigh() == b.pBase()
          && b.medianLow() == b.medianBase()
          && b.medianHigh() == b.medianBase();
      flat.merge(b.path(), same, Boolean::logicalAnd);
    }
    List<String> out = new ArrayList<>();
    flat.forEach((path, same) -> {
      if (same) {
        out.add("sensitivity " + path + " has no effect: every corridor's P(met) and median are"
            + " the same at both ends" + reason(path));
      }
    });
    return out;
  }

  private static boolean same(List<Sensitivity.Point> points) {
    Sensitivity.Point first = points.get(0);
    for (Sensitivity.Point p : points) {
      for (int i = 0; i < p.summaries().size(); i++) {
        if (p.summaries().get(i).pMet() != first.summaries().get(i).pMet()
            || p.summaries().get(i).median() != first.summaries().get(i).median()) {
          return false;
        }
      }
    }
    return true;
  }

  private static String reason(String path) {
    if (path.equals("assumed_deadline")) {
      return " (no corridor uses the assumed deadline: each has a deadline of its own)";
    }
    if (path.startsWith("simulation.jumps")) {
      return " (the jumps change nothing at these values: check their probability and size)";
    }
    return "";
  }
}
