package app.chris.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.app.api.TurnResult;
import app.chris.core.port.CallId;
import app.chris.core.port.PhoneNumber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium, as an admin uses it: sign in, watch a call appear and its transcript stream
 * in without a reload, open it in the history, teach a fact, talk to Chris in the test console, and see a form
 * post without its CSRF token refused. Saves a screenshot of each page under target/screenshots. Skipped (with
 * the reason printed) where Chromium is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private DashboardFixture fixture;
  private WebDriver driver;
  private Path profile;
  private CallId liveCall;

  @BeforeAll
  void startBrowser() throws Exception {
    Optional<String> missing = Chromium.missing();
    missing.ifPresent(System.out::println);
    Assumptions.assumeTrue(missing.isEmpty(), missing.orElse(""));
    fixture = new DashboardFixture();
    profile = Files.createTempDirectory("chris-chromium-");
    driver = Chromium.start(profile);
  }

  @AfterAll
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

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
  @Order(6)
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
  @Order(7)
  void everyOtherPageRenders() {
    for (String[] page : new String[][] {{"/dashboard/analytics?days=7", "08-analytics"},
        {"/dashboard/portfolio", "09-portfolio"}, {"/dashboard/health", "10-health"}, {"/dashboard/users", "11-users"}}) {
      driver.get(fixture.url(page[0]));
      waitFor(d -> d.findElement(By.tagName("h1")).isDisplayed());
      assertThat(driver.getTitle()).doesNotStartWith("Not").doesNotStartWith("Something");
      Chromium.screenshot(driver, page[1]);
    }
  }

  private String transcript(WebElement card) {
    return card.findElement(By.cssSelector(".transcript")).getText();
  }

  private Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.NoSuchElementException.class)
        .until(condition::apply);
  }
}
