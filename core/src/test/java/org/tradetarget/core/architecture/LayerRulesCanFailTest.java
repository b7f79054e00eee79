package org.tradetarget.core.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradetarget.core.analysis.archfixture.UsesTablesaw;
import org.tradetarget.core.data.archfixture.UsesLaterStage;
import org.tradetarget.core.model.archfixture.PrintsAndExits;
import org.tradetarget.core.simulate.archfixture.UsesUnlistedPackage;

/**
 * Each layering rule reports a small test-only class that breaks it on purpose, so a rule that
 * matches nothing (a misspelt package, say) cannot pass unnoticed.
 */
final class LayerRulesCanFailTest {
  /** The fixtures, imported once (the import resolves what they use from the class path). */
  private static final JavaClasses FIXTURES = new ClassFileImporter()
      .importClasses(
          UsesLaterStage.class,
          UsesUnlistedPackage.class,
          PrintsAndExits.class,
          UsesTablesaw.class);

  /** The rule's verdict on one fixture class (the parts of a rule about other packages check nothing). */
  private static EvaluationResult check(ArchRule rule, Class<?> fixture) {
    return rule.allowEmptyShould(true).evaluate(FIXTURES.that(equivalentTo(fixture)));
  }

  private static String report(EvaluationResult r) {
    return String.join("\n", r.getFailureReport().getDetails());
  }

  @Test
  void aFullyQualifiedUseOfALaterStageIsReported() {
    EvaluationResult r = check(LayerRules.ONLY_EARLIER_STAGES, UsesLaterStage.class);
    assertTrue(r.hasViolation());
    assertTrue(
        report(r).contains(UsesLaterStage.class.getName() + ".spec()")
            && report(r).contains("org.tradetarget.core.simulate.SimulationSpec"),
        report(r));
    assertTrue(check(LayerRules.ONLY_LISTED_IMPORTS, UsesLaterStage.class).hasViolation());
  }

  @Test
  void anEarlierPackageThatThePackageInfoDoesNotListIsReported() {
    assertFalse(
        check(LayerRules.ONLY_EARLIER_STAGES, UsesUnlistedPackage.class).hasViolation(),
        "levers is earlier than simulate");
    EvaluationResult r = check(LayerRules.ONLY_LISTED_IMPORTS, UsesUnlistedPackage.class);
    assertTrue(r.hasViolation());
    assertTrue(report(r).contains("org.tradetarget.core.levers.GrowthYear"), report(r));
  }

  @Test
  void printingAndExitingAreReportedInEachForm() {
    EvaluationResult r = check(LayerRules.NEVER_PRINTS_OR_EXITS, PrintsAndExits.class);
    List<String> details = r.getFailureReport().getDetails();
    assertEquals(4, details.size(), report(r));
    for (String method : List.of("toOut()", "toErr()", "stackTrace()", "exit()")) {
      assertTrue(
          details.stream().anyMatch(d -> d.contains(PrintsAndExits.class.getName() + "." + method)),
          method + " not reported in:\n" + report(r));
    }
  }

  @Test
  void tablesawOutsideTheTablePackageIsReported() {
    EvaluationResult r = check(LayerRules.TABLESAW_ONLY_IN_TABLE, UsesTablesaw.class);
    assertTrue(r.hasViolation());
    assertTrue(report(r).contains("tech.tablesaw.api.Table"), report(r));
    assertTrue(check(LayerRules.ONLY_LISTED_IMPORTS, UsesTablesaw.class).hasViolation());
  }
}
