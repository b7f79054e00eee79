package org.tradetarget.core.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The library's layering as ArchUnit rules, read from each package's {@code package-info.java}. They
 * look at the byte code, so a fully qualified name counts as much as an import.
 */
final class LayerRules {
  private LayerRules() {}

  static final String ROOT = "org.tradetarget.core";

  /** The stages in data-flow order: a package may use only earlier ones. */
  static final List<String> STAGES =
      List.of("data", "levers", "model", "calibrate", "simulate", "evidence", "analysis", "table");

  private static final String JDK = "java..";
  private static final String COMMONS_MATH = "org.apache.commons.math3..";
  private static final String COMMONS_RNG = "org.apache.commons.rng..";
  private static final String TABLESAW = "tech.tablesaw..";
  private static final String JACKSON_CORE = "com.fasterxml.jackson.core..";

  /** What each package's {@code package-info.java} says it may import (itself included). */
  static final Map<String, List<String>> MAY_IMPORT = mayImport();

  /** No package uses a later stage. */
  static final ArchRule ONLY_EARLIER_STAGES = onlyEarlierStages();

  /** Each package uses only what its package-info allows. */
  static final ArchRule ONLY_LISTED_IMPORTS = onlyListedImports();

  /** The library never prints or exits: results go back to the caller. */
  static final ArchRule NEVER_PRINTS_OR_EXITS = noClasses()
      .that()
      .resideInAPackage(ROOT + "..")
      .should()
      .accessField(System.class, "out")
      .orShould()
      .accessField(System.class, "err")
      .orShould()
      .callMethod(System.class, "exit", int.class)
      .orShould()
      .callMethod(Runtime.class, "exit", int.class)
      .orShould()
      .callMethod(Runtime.class, "halt", int.class)
      .orShould()
      .callMethodWhere(
          target(name("printStackTrace")).and(target(owner(assignableTo(Throwable.class)))))
      .because("the library returns results and throws; only the command line prints or exits");

  /** Tablesaw stays at the library's edge. */
  static final ArchRule TABLESAW_ONLY_IN_TABLE = noClasses()
      .that()
      .resideInAPackage(ROOT + "..")
      .and()
      .resideOutsideOfPackage(ROOT + ".table..")
      .should()
      .dependOnClassesThat()
      .resideInAPackage(TABLESAW)
      .because("core.table is the only package that converts to Tablesaw");

  private static Map<String, List<String>> mayImport() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("data", List.of(JDK, JACKSON_CORE));
    m.put("levers", List.of(JDK, pkg("data")));
    m.put("model", List.of(JDK, pkg("data"), pkg("levers"), COMMONS_MATH));
    m.put("calibrate", List.of(JDK, pkg("data"), pkg("levers"), pkg("model"), COMMONS_MATH));
    m.put("simulate", List.of(JDK, pkg("data"), pkg("model"), COMMONS_RNG, COMMONS_MATH));
    m.put(
        "analysis",
        List.of(
            JDK,
            pkg("data"),
            pkg("levers"),
            pkg("model"),
            pkg("calibrate"),
            pkg("simulate"),
            pkg("evidence"),
            COMMONS_MATH));
    m.put("evidence", List.of(JDK, pkg("data"), pkg("model"), pkg("calibrate"), COMMONS_MATH));
    m.put("table", List.of(JDK, ROOT + "..", TABLESAW));
    return m;
  }

  private static ArchRule onlyEarlierStages() {
    List<ArchRule> rules = new ArrayList<>();
    for (int i = 0; i + 1 < STAGES.size(); i++) {
      String[] later =
          STAGES.subList(i + 1, STAGES.size()).stream().map(LayerRules::pkg).toArray(String[]::new);
      rules.add(noClasses()
          .that()
          .resideInAPackage(pkg(STAGES.get(i)))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(later)
          .because("core." + STAGES.get(i) + " may use only earlier stages of "
              + String.join(" → ", STAGES)));
    }
    return CompositeArchRule.of(rules);
  }

  private static ArchRule onlyListedImports() {
    List<ArchRule> rules = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : MAY_IMPORT.entrySet()) {
      List<String> allowed = new ArrayList<>(e.getValue());
      allowed.add(pkg(e.getKey()));
      rules.add(classes()
          .that()
          .resideInAPackage(pkg(e.getKey()))
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(allowed.toArray(String[]::new))
          .because("core." + e.getKey() + "'s package-info says what it may import"));
    }
    return CompositeArchRule.of(rules);
  }

  private static String pkg(String stage) {
    return ROOT + "." + stage + "..";
  }
}
