package org.tradetarget.scenarios.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The scenario module is layered spec → io → run → report → serve → cli: a package uses only earlier ones
 * and what its package-info allows, and only the command line prints or sets exit codes. {@link
 * LayerRulesCanFailTest} shows each rule catching a violation.
 */
@AnalyzeClasses(packages = LayerRules.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
final class DependencyDirectionTest {
  private DependencyDirectionTest() {}

  @ArchTest
  static final ArchRule packagesUseOnlyEarlierStages = LayerRules.ONLY_EARLIER_STAGES;

  @ArchTest
  static final ArchRule packagesUseOnlyWhatTheirPackageInfoAllows = LayerRules.ONLY_LISTED_IMPORTS;

  @ArchTest
  static final ArchRule onlyTheCommandLinePrintsOrExits = LayerRules.ONLY_CLI_PRINTS_OR_EXITS;
}
