package app.chris.app.dashboard;

import app.chris.core.port.CallId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One dashboard server and one headless Chromium shared by a class's ordered browser tests. Skips the class,
 * printing why, when Chromium or its driver is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {
  static final Duration WAIT = Duration.ofSeconds(20);
  DashboardFixture fixture;
  WebDriver driver;
  CallId liveCall;

  @BeforeAll
  void startBrowser() throws Exception {
    Optional<String> missing = Chromium.missing();
    missing.ifPresent(System.out::println);
    Assumptions.assumeTrue(missing.isEmpty(), missing.orElse(""));
    fixture = new DashboardFixture();
    Path profile = Files.createTempDirectory("chris-chromium-");
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

  String transcript(WebElement card) {
    return card.findElement(By.cssSelector(".transcript")).getText();
  }

  Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT).ignoring(NoSuchElementException.class).until(condition::apply);
  }
}
