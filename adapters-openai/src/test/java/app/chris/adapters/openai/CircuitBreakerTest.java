package app.chris.adapters.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
  private final TestClock clock = new TestClock();
  private final CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofSeconds(30), clock);

  @Test
  void givenFailuresBelowThreshold_tryAcquire_keepsLettingRequestsThrough() {
    breaker.recordFailure();
    breaker.recordSuccess();
    breaker.recordFailure();

    assertThat(breaker.tryAcquire()).isTrue();
  }

  @Test
  void givenOpenPeriodOver_tryAcquire_allowsExactlyOneTrialAndReopensWhenItFails() {
    breaker.recordFailure();
    breaker.recordFailure();
    assertThat(breaker.tryAcquire()).isFalse();

    clock.advance(Duration.ofSeconds(31));
    assertThat(breaker.tryAcquire()).isTrue();
    assertThat(breaker.tryAcquire()).as("second caller during the trial").isFalse();

    breaker.recordFailure();
    assertThat(breaker.tryAcquire()).isFalse();
    clock.advance(Duration.ofSeconds(31));
    assertThat(breaker.tryAcquire()).isTrue();
    breaker.recordSuccess();
    assertThat(breaker.tryAcquire()).isTrue();
  }

  @Test
  void givenNoRequestYet_provenHealthy_isFalseUntilOneSucceeds() {
    assertThat(breaker.provenHealthy()).as("no record").isFalse();
    breaker.recordSuccess();
    assertThat(breaker.provenHealthy()).isTrue();
  }

  @Test
  void givenAFailureAfterASuccess_provenHealthy_isFalseUntilTheNextSuccess() {
    breaker.recordSuccess();
    breaker.recordFailure();
    assertThat(breaker.provenHealthy()).isFalse();
    breaker.recordNeutral(); // a barge-in says nothing about the provider
    assertThat(breaker.provenHealthy()).isFalse();

    breaker.recordFailure();
    clock.advance(Duration.ofSeconds(31));
    assertThat(breaker.tryAcquire()).as("half-open trial").isTrue();
    breaker.recordSuccess();
    assertThat(breaker.provenHealthy()).as("healthy again").isTrue();
  }
}
