package app.chris.adapters.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.chris.core.port.Admin;
import app.chris.core.port.Portfolio;
import app.chris.core.security.Pins;
import app.chris.testkit.DemoPortfolio;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PortfolioJsonTest {
  static String demoText() {
    try (InputStream in = PortfolioJson.class.getResourceAsStream("demo-portfolio.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static ObjectNode demoTree() {
    return (ObjectNode) Json.parse(demoText());
  }

  @Test
  void givenDemoFile_read_equalsTheTypedDemoPortfolioInContent() {
    Portfolio read = PortfolioJson.demo();
    Portfolio typed = DemoPortfolio.build();
    assertThat(read.company()).isEqualTo(typed.company());
    assertThat(read.properties()).isEqualTo(typed.properties());
    assertThat(read.tenants()).isEqualTo(typed.tenants());
    assertThat(read.balances()).isEqualTo(typed.balances());
    assertThat(read.admins()).hasSize(1);
    Admin pat = read.admins().get(0);
    assertThat(pat.name()).isEqualTo("Pat Morgan");
    assertThat(pat.phone()).isEqualTo(typed.admins().get(0).phone());
    assertThat(Pins.matches(DemoPortfolio.ADMIN_PIN, pat.pinHash())).isTrue();
    assertThat(pat.pinHash()).doesNotContain(DemoPortfolio.ADMIN_PIN);
  }

  @Test
  void givenDemoCopy_resource_isByteForByteTheSharedContract() throws IOException {
    Path shared = Path.of("/work/shared/contracts/demo-portfolio.json");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(shared), "shared contracts not here");
    assertThat(demoText()).isEqualTo(java.nio.file.Files.readString(shared));
  }

  @Test
  void givenUnknownFieldsAndOptionalsLeftOut_read_ignoresThemAndUsesDefaults() {
    ObjectNode tree = demoTree();
    tree.put("generatedBy", "export tool 2.0");
    ObjectNode company = (ObjectNode) tree.get("company");
    company.remove("assistantName");
    company.put("logoUrl", "https://x.example/logo.png");
    ((ObjectNode) tree.get("tenants").get(0)).remove("balance");
    ((ObjectNode) tree.get("tenants").get(0)).put("nickname", "Annie");
    Portfolio p = PortfolioJson.read(Json.write(tree));
    assertThat(p.company().assistantName()).isEqualTo("Chris");
    assertThat(p.balances().get("T1001")).isEqualByComparingTo("0");
  }

  @Test
  void givenDayListsAndRanges_read_expandsThemToWeekdays() {
    assertThat(CompanyReader.days("MON-FRI", "/x")).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    assertThat(CompanyReader.days("sat,sun", "/x")).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(CompanyReader.days("FRI-MON", "/x")).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY,
        DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
  }

  @Test
  void givenSnapshot_readSnapshot_returnsTheSamePortfolioWithTheSamePinHash() {
    Portfolio demo = DemoPortfolio.build();
    assertThat(PortfolioJson.readSnapshot(PortfolioJson.writeSnapshot(demo))).isEqualTo(demo);
    assertThat(PortfolioJson.writeSnapshot(demo)).doesNotContain("\"pin\"");
  }

  @Test
  void givenNotJson_read_pointsAtTheWholeDocument() {
    assertThatThrownBy(() -> PortfolioJson.read("{\"format\": \"chris-portfolio/1\", "))
        .isInstanceOfSatisfying(PortfolioFormatException.class, e -> {
          assertThat(e.pointer()).isEmpty();
          assertThat(e.getMessage()).startsWith("The file is not valid JSON");
        });
  }
}
