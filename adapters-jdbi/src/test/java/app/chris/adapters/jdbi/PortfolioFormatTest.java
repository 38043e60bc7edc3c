package app.chris.adapters.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.chris.testkit.MutableClock;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken portfolio files: each is refused whole, naming the first bad field, and the store keeps what it had. */
class PortfolioFormatTest {
  private static TestDb db;
  private static LocalPortfolioStore store;

  @BeforeAll
  static void importDemo() {
    db = TestDb.h2();
    store = new LocalPortfolioStore(db.database(), MutableClock.startingNow());
    store.importPortfolio(PortfolioJson.demo());
  }

  @AfterAll
  static void closeDb() {
    db.close();
  }

  private static Arguments bad(String pointer, Consumer<ObjectNode> breakIt) {
    return Arguments.of(pointer, breakIt);
  }

  private static ObjectNode at(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        bad("/format", r -> r.put("format", "chris-portfolio/2")),
        bad("/company", r -> r.remove("company")),
        bad("/company/name", r -> at(r, "/company").put("name", "  ")),
        bad("/company/timezone", r -> at(r, "/company").put("timezone", "Central Time")),
        bad("/company/officeHours/0/close", r -> at(r, "/company/officeHours/0").put("close", "08:00")),
        bad("/company/officeHours/1/days", r -> at(r, "/company/officeHours/1").put("days", "Saturdays")),
        bad("/company/emergencyContacts/1/phone", r -> at(r, "/company/emergencyContacts/1").put("phone", "555-0198")),
        bad("/admins/0/pin", r -> at(r, "/admins/0").put("pin", "24a8")),
        bad("/properties/1/id", r -> at(r, "/properties/1").put("id", "P100")),
        bad("/properties/2/units/0/id", r -> at(r, "/properties/2/units/0").put("id", "U101")),
        bad("/properties/0/units/1/marketRent",
            r -> at(r, "/properties/0/units/1").put("marketRent", new BigDecimal("1150.005"))),
        bad("/properties/0/units/2/bedrooms", r -> at(r, "/properties/0/units/2").put("bedrooms", "two")),
        bad("/tenants/3/unitId", r -> at(r, "/tenants/3").put("unitId", "U999")),
        bad("/tenants/2/phones/1", r -> ((ArrayNode) r.at("/tenants/2/phones")).set(1, "+1 217 555 0203")),
        bad("/tenants/0/balance", r -> at(r, "/tenants/0").put("balance", "12.00")),
        bad("/tenants/4/status", r -> at(r, "/tenants/4").put("status", "evicted")),
        bad("/tenants/7/id", r -> at(r, "/tenants/7").put("id", "T1001")),
        // Two faults: the one earlier in the file is named.
        bad("/company/timezone", r -> {
          at(r, "/tenants/3").put("unitId", "U999");
          at(r, "/company").put("timezone", "Mars/Olympus");
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void givenBrokenFile_import_namesTheFirstBadFieldAndChangesNothing(String pointer, Consumer<ObjectNode> breakIt) {
    ObjectNode tree = PortfolioJsonTest.demoTree();
    breakIt.accept(tree);
    long versionBefore = store.version();

    PortfolioFormatException e = catchThrowableOfType(
        () -> store.importPortfolio(PortfolioJson.read(Json.write(tree))), PortfolioFormatException.class);

    assertThat(e).as("refused").isNotNull();
    assertThat(e.pointer()).isEqualTo(pointer);
    assertThat(e.getMessage()).endsWith(".").doesNotContain("\n");
    assertThat(store.version()).isEqualTo(versionBefore);
    assertThat(store.refresh()).as("database unchanged").isFalse();
    assertThat(store.tenant("T1004").orElseThrow().unitId()).isEqualTo("U210");
  }
}
