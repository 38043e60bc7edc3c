package app.chris.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.app.api.TurnResult;
import app.chris.core.port.CallId;
import app.chris.core.port.KnowledgeSource;
import app.chris.core.port.NewKnowledgeFact;
import app.chris.core.port.PhoneNumber;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in headless Chromium, as an admin uses it: sign in, watch a call appear and its transcript stream
 * in without a reload, open it in the history, teach a fact, follow a phone-taught fact to its call, talk to Chris
 * in the test console, and see a form post without its CSRF token refused. Saves a screenshot of each page under
 * target/screenshots. Skipped (with the reason printed) where Chromium is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest extends BrowserTestBase {
  @Test
  @Order(1)
  void anAdminSignsInAndLandsOnTheLivePage() {
    driver.get(fixture.url("/dashboard"));
    assertThat(driver.getCurrentUrl()).contains("/login");
    driver.findElement(By.id("user")).sendKeys(DashboardFixture.ADMIN);
    driver.findElement(By.id("password")).sendKeys(DashboardFixture.PASSWORD);
    Chromium.screenshot(driver, "01-login");
    driver.findElement(By.id("password")).submit();

    waitFor(d -> d.findElement(By.id("live-status")).getText().equals("live"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Live calls");
  }

  @Test
  @Order(2)
  void aCallAppearsAndItsTranscriptStreamsInWithoutAReload() {
    driver.get(fixture.url("/dashboard"));
    waitFor(d -> d.findElement(By.id("live-status")).getText().equals("live"));
    js("window.__sameDocument = true;");

    Map.Entry<CallId, TurnResult> call = fixture.context.testCalls().start(PhoneNumber.parse("+12175550105"),
        Optional.empty());
    liveCall = call.getKey();
    WebElement card = waitFor(d -> d.findElement(By.id("call-" + liveCall.value())));
    waitFor(d -> card.findElement(By.cssSelector(".caller")).getText().equals("+12175550105"));
    TurnResult reply = fixture.context.testCalls().say(liveCall, "the dishwasher in my townhouse won't drain");

    waitFor(d -> transcript(card).contains("the dishwasher in my townhouse won't drain"));
    String firstReply = reply.replies().get(0);
    waitFor(d -> transcript(card).contains(firstReply));
    assertThat(js("return window.__sameDocument === true;")).isEqualTo(true);
    assertThat(card.findElement(By.cssSelector(".activity")).getText()).isNotBlank();
    assertThat(driver.findElement(By.id("live-count")).getText()).isEqualTo("1");
    Chromium.screenshot(driver, "02-live-call");

    fixture.context.testCalls().hangUp(liveCall);
    waitFor(d -> d.findElement(By.id("ended")).findElements(By.id("call-" + liveCall.value())).size() == 1);
  }

  @Test
  @Order(3)
  void theCallIsInTheHistoryWithItsTranscript() {
    driver.get(fixture.url("/dashboard/calls"));
    WebElement row = waitFor(d -> d.findElement(By.cssSelector("tr[data-call='" + liveCall.value() + "']")));
    assertThat(row.getText()).contains("+12175550105");
    Chromium.screenshot(driver, "03-call-history");

    row.findElement(By.tagName("a")).click();
    waitFor(d -> d.findElement(By.id("transcript")).getText().contains("won't drain"));
    Chromium.screenshot(driver, "04-call-record");
  }

  @Test
  @Order(4)
  void anAdminTeachesAFactAndSeesWhoTaughtIt() {
    driver.get(fixture.url("/dashboard/knowledge"));
    driver.findElement(By.id("fact-text")).sendKeys("The Maple Court pool reopens on June 1.");
    driver.findElement(By.cssSelector("#add-fact button[type=submit]")).click();

    WebElement table = waitFor(d -> d.findElement(By.cssSelector("table.facts")));
    assertThat(table.getText()).contains("The Maple Court pool reopens on June 1.").contains("pat");
    assertThat(fixture.knowledge.active()).extracting(f -> f.createdBy()).containsExactly("pat");
    Chromium.screenshot(driver, "05-knowledge");
  }

  @Test
  @Order(5)
  void aFactTaughtByPhoneLinksToTheCallItWasTaughtOn() {
    fixture.knowledge.add(new NewKnowledgeFact(Optional.of("P100"), "Visitor parking passes are at the front desk.",
        KnowledgeSource.ADMIN_PHONE, "Pat Morgan", Optional.of(liveCall)));
    driver.get(fixture.url("/dashboard/knowledge"));
    WebElement row = driver.findElements(By.cssSelector("table.facts tr")).stream()
        .filter(r -> r.getText().contains("Visitor parking passes")).findFirst().orElseThrow();
    assertThat(row.getText()).contains("Pat Morgan").contains("by phone").contains("Maple Court Apartments");

    row.findElement(By.linkText(liveCall.value())).click();
    waitFor(d -> d.findElement(By.id("transcript")).getText().contains("won't drain"));
  }

  @Test
  @Order(6)
  void aTestConsoleConversationRunsThroughChris() {
    driver.get(fixture.url("/dashboard/console"));
    driver.findElement(By.id("console-call")).click();
    WebElement transcript = driver.findElement(By.id("console-transcript"));
    waitFor(d -> !transcript.findElements(By.cssSelector("li.chris")).isEmpty());
    driver.findElement(By.id("console-text")).sendKeys("my kitchen sink is leaking");
    driver.findElement(By.id("console-send")).click();

    waitFor(d -> transcript.findElements(By.cssSelector("li.chris")).size() >= 2);
    assertThat(transcript.getText()).contains("my kitchen sink is leaking");
    Chromium.screenshot(driver, "06-test-console");
    driver.findElement(By.id("console-hangup")).click();
    waitFor(d -> d.findElement(By.id("console-record")).isDisplayed());
  }

  @Test
  @Order(7)
  void aFormPostWithoutItsCsrfTokenIsRefused() {
    driver.get(fixture.url("/dashboard/knowledge"));
    js("document.querySelector('#add-fact input[name=_csrf]').remove();");
    driver.findElement(By.id("fact-text")).sendKeys("Rent is free forever.");
    driver.findElement(By.cssSelector("#add-fact button[type=submit]")).click();

    waitFor(d -> d.getTitle().startsWith("Not allowed"));
    assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("security token");
    assertThat(fixture.knowledge.all()).extracting(f -> f.text()).doesNotContain("Rent is free forever.");
    Chromium.screenshot(driver, "07-csrf-refused");
  }

  @Test
  @Order(8)
  void everyOtherPageRenders() {
    for (String[] page : new String[][] {{"/dashboard/analytics?days=7", "08-analytics"},
        {"/dashboard/portfolio", "09-portfolio"}, {"/dashboard/health", "10-health"},
        {"/dashboard/users", "11-users"}}) {
      driver.get(fixture.url(page[0]));
      waitFor(d -> d.findElement(By.tagName("h1")).isDisplayed());
      assertThat(driver.getTitle()).doesNotStartWith("Not").doesNotStartWith("Something");
      Chromium.screenshot(driver, page[1]);
    }
  }
}
