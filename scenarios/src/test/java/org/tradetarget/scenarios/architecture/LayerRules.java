package org.tradetarget.scenarios.architecture;

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
 * The scenario module's layering as ArchUnit rules, read from each package's {@code
 * package-info.java}. They look at the byte code, so a fully qualified name counts as much as an
 * import.
 */
final class LayerRules {
  private LayerRules() {}

  static final String ROOT = "org.tradetarget.scenarios";

  /** The stages in order: a package may use only earlier ones. */
  static final List<String> STAGES = List.of("spec", "io", "run", "report", "serve", "cli");

  private static final String JDK = "java..";
  private static final String CORE = "org.tradetarget.core..";

  /** What each package's {@code package-info.java} says it may import (itself included). */
  static final Map<String, List<String>> MAY_IMPORT = mayImport();

  /** No package uses a later stage. */
  static final ArchRule ONLY_EARLIER_STAGES = onlyEarlierStages();

  /** Each package uses only what its package-info allows. */
  static final ArchRule ONLY_LISTED_IMPORTS = onlyListedImports();

  /** Only the command line prints or sets the exit code. */
  static final ArchRule ONLY_CLI_PRINTS_OR_EXITS = noClasses()
      .that()
      .resideInAPackage(ROOT + "..")
      .and()
      .resideOutsideOfPackage(ROOT + ".cli..")
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
      .because("scenarios.cli is the one place that prints or sets exit codes");

  private static Map<String, List<String>> mayImport() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("spec", List.of(JDK, CORE));
    m.put("io", List.of(JDK, CORE, pkg("spec"), "org.snakeyaml.engine.."));
    m.put("run", List.of(JDK, CORE, pkg("spec"), pkg("io")));
    m.put(
        "report",
        List.of(JDK, CORE, pkg("spec"), pkg("io"), pkg("run"), "com.fasterxml.jackson.."));
    m.put(
        "serve",
        List.of(
            JDK,
            "com.sun.net.httpserver..",
            CORE,
            pkg("spec"),
            pkg("io"),
            pkg("run"),
            pkg("report"),
            "com.fasterxml.jackson.."));
    m.put("cli", List.of(JDK, CORE, ROOT + "..", "picocli..", "com.fasterxml.jackson.."));
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
          .because("scenarios." + STAGES.get(i) + " may use only earlier stages of "
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
          .because("scenarios." + e.getKey() + "'s package-info says what it may import"));
    }
    return CompositeArchRule.of(rules);
  }

  private static String pkg(String stage) {
    return ROOT + "." + stage + "..";
  }
}
