package app.chris.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Guards the hexagon: the core never touches vendors, frameworks or adapters; adapters stay apart. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("app.chris");
  }

  @Test
  void core_depends_on_no_vendor_framework_or_adapter() {
    noClasses().that().resideInAPackage("app.chris.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "app.chris.adapters..", "app.chris.app..", "app.chris.testkit..",
            "io.javalin..", "okhttp3..", "com.twilio..", "com.sendgrid..", "org.jdbi..",
            "com.fasterxml.jackson..", "org.h2..", "org.eclipse.jetty..", "java.sql..")
        .because("core is pure domain behind ports")
        .check(classes);
  }

  @Test
  void adapters_do_not_depend_on_each_other() {
    slices().matching("app.chris.adapters.(*)..").should().notDependOnEachOther().check(classes);
  }
}
