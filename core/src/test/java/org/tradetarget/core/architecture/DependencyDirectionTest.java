package org.tradetarget.core.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Data flows one way (data → levers → model → calibrate → simulate → analysis, with table at the
 * edge): a package uses only earlier stages and what its package-info allows, so the library stays
 * layered as those files say. The library never prints and uses Tablesaw only in its table package.
 * {@link LayerRulesCanFailTest} shows each rule catching a violation.
 */
@AnalyzeClasses(packages = LayerRules.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
final class DependencyDirectionTest {
  private DependencyDirectionTest() {}

  @ArchTest
  static final ArchRule packagesUseOnlyEarlierStages = LayerRules.ONLY_EARLIER_STAGES;

  @ArchTest
  static final ArchRule packagesUseOnlyWhatTheirPackageInfoAllows = LayerRules.ONLY_LISTED_IMPORTS;

  @ArchTest
  static final ArchRule libraryNeverPrintsOrExits = LayerRules.NEVER_PRINTS_OR_EXITS;

  @ArchTest
  static final ArchRule tablesawOnlyInTable = LayerRules.TABLESAW_ONLY_IN_TABLE;
}
