package app.chris.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Guards the hexagon: the core never touches vendors, frameworks or adapters; adapters stay apart. */
class ArchitectureTest {
  private static final ArchRule CORE_IS_PURE = noClasses().that().resideInAPackage("app.chris.core..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "app.chris.adapters..", "app.chris.app..", "app.chris.testkit..",
          "io.javalin..", "okhttp3..", "com.twilio..", "com.sendgrid..", "org.jdbi..",
          "com.fasterxml.jackson..", "org.h2..", "org.eclipse.jetty..", "java.sql..")
      .because("core is pure domain behind ports");

  private static final ArchRule ADAPTERS_APART =
      slices().matching("app.chris.adapters.(*)..").should().notDependOnEachOther();

  private static JavaClasses production() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("app.chris");
  }

  @Test
  void core_depends_on_no_vendor_framework_or_adapter() {
    CORE_IS_PURE.check(production());
  }

  @Test
  void adapters_do_not_depend_on_each_other() {
    ADAPTERS_APART.check(production());
  }

  @Test
  void the_rule_catches_a_core_class_that_imports_javalin_or_okhttp() {
    JavaClasses offenders = new ClassFileImporter().importPackages("app.chris.core.archfixture");
    assertThatThrownBy(() -> CORE_IS_PURE.check(offenders))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("io.javalin")
        .hasMessageContaining("okhttp3");
  }
}
