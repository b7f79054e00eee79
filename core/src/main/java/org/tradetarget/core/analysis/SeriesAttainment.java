package org.tradetarget.core.analysis;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The target attainment of one simulated series (one corridor). Immutable.
 *
 * @param name the series' label
 * @param baseYear Y0, the base year (not a checkpoint)
 * @param baseValue the value in the base year, US$ million
 * @param target the target, US$ million, or empty
 * @param deadline the target's deadline year, or empty
 * @param checkpoints one row per checkpoint year Y0 + 1 .. Y0 + H
 * @param firstPassage the first-passage-year distribution, when there is a target
 * @param shortfall the shortfall at the deadline, when the target has a deadline
 * @param samplePaths samplePaths.get(j)[t]: whole path j at checkpoint t (US$ million)
 */
public record SeriesAttainment(
    String name,
    int baseYear,
    double baseValue,
    OptionalDouble target,
    OptionalInt deadline,
    List<Checkpoint> checkpoints,
    Optional<FirstPassage> firstPassage,
    Optional<Shortfall> shortfall,
    List<double[]> samplePaths) {

  /** Copies the lists and the paths. */
  public SeriesAttainment {
    checkpoints = List.copyOf(checkpoints);
    samplePaths = samplePaths.stream().map(double[]::clone).toList();
  }

  /** The sample paths (copies). */
  @Override
  public List<double[]> samplePaths() {
    return samplePaths.stream().map(double[]::clone).toList();
  }

  /**
   * The checkpoint of a year.
   *
   * @throws IllegalArgumentException naming the simulated years when the year is not one
   */
  public Checkpoint checkpoint(int year) {
    for (Checkpoint c : checkpoints) {
      if (c.year() == year) {
        return c;
      }
    }
    throw new IllegalArgumentException("year " + year + " is not a checkpoint of " + name
        + "; simulated: " + checkpoints.get(0).year() + ".."
        + checkpoints.get(checkpoints.size() - 1).year());
  }
}
