package org.tradetarget.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradetarget.core.simulate.MonteCarloFeaturesTest.assertMessage;

import org.junit.jupiter.api.Test;

/**
 * A correlation matrix that no set of shocks can have must be refused with a message that says
 * which entry is wrong, rather than produce silently wrong joint probabilities.
 */
final class CorrelationTest {
  @Test
  void validMatrix_factorsSoThatLTimesLTransposeIsTheMatrix() {
    double[][] m = {{1, 0.5, 0.2}, {0.5, 1, 0.3}, {0.2, 0.3, 1}};
    double[][] l = Correlation.of(m).cholesky();
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        double s = 0;
        for (int k = 0; k < 3; k++) {
          s += l[i][k] * l[j][k];
        }
        assertEquals(m[i][j], s, 1e-15);
      }
      for (int j = i + 1; j < 3; j++) {
        assertEquals(0.0, l[i][j], "L is lower triangular");
      }
    }
    assertTrue(Correlation.independent(3).isIdentity());
  }

  @Test
  void rejectsBadMatrices() {
    assertMessage(() -> Correlation.of(new double[0][]), "at least one row");
    assertMessage(
        () -> Correlation.of(new double[][] {{1, 0.5}, {0.5}}), "must be square: row 2 has 1");
    assertMessage(
        () -> Correlation.of(new double[][] {{1, 0.5}, {0.4, 1}}),
        "not symmetric: entry (1,2) is 0.5 but (2,1) is 0.4");
    assertMessage(
        () -> Correlation.of(new double[][] {{1, 0.5}, {0.5, 0.9}}),
        "diagonal entry (2,2) is 0.9; expected 1");
    assertMessage(
        () -> Correlation.of(new double[][] {{1, 1.2}, {1.2, 1}}),
        "entry (1,2) is 1.2; expected a value in [-1, 1]");
    assertMessage(
        () -> Correlation.of(new double[][] {{1, Double.NaN}, {Double.NaN, 1}}),
        "entry (1,2) is NaN");
    assertMessage(
        () -> Correlation.of(new double[][] {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}}),
        "is not positive definite");
    assertMessage(
        () -> Correlation.of(new double[][] {{1, 1}, {1, 1}}), "is not positive definite");
  }
}
