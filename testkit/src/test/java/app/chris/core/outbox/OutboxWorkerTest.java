package app.chris.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.CallId;
import app.chris.core.port.Effect;
import app.chris.core.port.FailureKind;
import app.chris.core.port.Notice;
import app.chris.core.port.OutboxEntry;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.OutboxStatus;
import app.chris.core.port.PortException;
import app.chris.testkit.InMemoryOutbox;
import app.chris.testkit.MutableClock;
import app.chris.testkit.RecordingNotifier;
import app.chris.testkit.RecordingPropertySystem;
import app.chris.testkit.StoreSamples;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OutboxWorkerTest {
  static final CallId CALL = new CallId("c_worker");
  static final OutboxSettings SETTINGS =
      new OutboxSettings(5, Duration.ofSeconds(10), Duration.ofMinutes(2), 50, Duration.ofMinutes(1));

  final MutableClock clock = MutableClock.startingNow();
  final InMemoryOutbox outbox = new InMemoryOutbox(clock);
  final RecordingNotifier notifier = new RecordingNotifier();
  final RecordingPropertySystem propertySystem = new RecordingPropertySystem();
  final OutboxWorker worker =
      new OutboxWorker(outbox, notifier, propertySystem, clock, SETTINGS, new SplittableRandom(42));

  @Test
  void givenEmailFailingThreeTimes_worker_sendsItOnceAndMarksItSent() {
    notifier.failNext(3, FailureKind.UNAVAILABLE);
    outbox.enqueue(email("transcript-1"));

    runAdvancingPastEachBackoff(6);

    assertThat(notifier.sent()).extracting(RecordingNotifier.Sent::idempotencyKey).containsExactly("transcript-1");
    assertThat(notifier.attempts()).isEqualTo(4);
    assertThat(only().status()).isEqualTo(OutboxStatus.SENT);
    assertThat(worker.stats()).isEqualTo(new OutboxWorker.Stats(1, 3, 0, 0));
  }

  @Test
  void givenFailedEmail_runOnceBeforeTheBackoffElapses_doesNotResend() {
    notifier.failNext(1, FailureKind.UNAVAILABLE);
    outbox.enqueue(email("k"));

    worker.runOnce();
    clock.advance(Duration.ofSeconds(4));

    assertThat(worker.runOnce()).isZero();
    assertThat(notifier.attempts()).isEqualTo(1);
    assertThat(only().lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("UNAVAILABLE"));
  }

  @Test
  void givenOutageLongerThanTheRetryBudget_worker_marksTheRowDeadAndCountsIt() {
    notifier.failNext(100, FailureKind.UNAVAILABLE);
    outbox.enqueue(email("k"));

    runAdvancingPastEachBackoff(20);

    assertThat(notifier.attempts()).isEqualTo(SETTINGS.maxAttempts());
    assertThat(only().status()).isEqualTo(OutboxStatus.DEAD);
    assertThat(only().lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("gave up after 5 attempts"));
    assertThat(worker.stats()).isEqualTo(new OutboxWorker.Stats(0, 4, 1, 0));
    assertThat(outbox.stats().dead()).isEqualTo(1);
  }

  @Test
  void givenNonRetryableFailure_worker_marksTheRowDeadAtOnce() {
    propertySystem.failNext(1, FailureKind.INVALID_REQUEST);
    outbox.enqueue(new OutboxMessage("wo-1", Optional.of(CALL), new Effect.WorkOrder(workOrder())));

    runAdvancingPastEachBackoff(5);

    assertThat(propertySystem.attempts()).isEqualTo(1);
    assertThat(propertySystem.workOrders()).isEmpty();
    assertThat(only().status()).isEqualTo(OutboxStatus.DEAD);
    assertThat(worker.stats()).isEqualTo(new OutboxWorker.Stats(0, 0, 1, 0));
  }

  @Test
  void givenRepeatedFailures_worker_backsOffLongerEachTimeWithinTheJitterBounds() {
    notifier.failNext(4, FailureKind.UNAVAILABLE);
    outbox.enqueue(email("k"));
    long[] ceilings = {10, 20, 40, 80};

    for (long ceiling : ceilings) {
      worker.runOnce();
      Duration wait = Duration.between(clock.instant(), only().nextAttemptAt());
      assertThat(wait.toMillis()).isBetween(ceiling * 1000 / 2, ceiling * 1000);
      clock.set(only().nextAttemptAt());
    }
  }

  @Test
  void givenManyRowsFailingTogether_worker_spreadsTheirRetries() {
    notifier.failNext(20, FailureKind.UNAVAILABLE);
    for (int i = 0; i < 20; i++) {
      outbox.enqueue(email("k" + i));
    }

    worker.runOnce();

    assertThat(outbox.all().stream().map(OutboxEntry::nextAttemptAt).distinct().count()).isGreaterThan(15);
  }

  @Test
  void givenRateLimitWithRetryAfter_worker_waitsAsLongAsTheVendorAsked() {
    notifier.failNext(new PortException(FailureKind.RATE_LIMITED, "SendGrid 429", null, Duration.ofMinutes(10)));
    outbox.enqueue(email("k"));

    worker.runOnce();

    assertThat(only().nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
    assertThat(only().status()).isEqualTo(OutboxStatus.PENDING);
  }

  @Test
  void givenOneOfEachEffect_worker_deliversEachToItsPortWithItsKey() {
    List<Effect> effects = StoreSamples.everyEffect(CALL, clock.instant());
    for (int i = 0; i < effects.size(); i++) {
      outbox.enqueue(new OutboxMessage("key-" + i, Optional.of(CALL), effects.get(i)));
    }

    worker.runOnce();

    assertThat(notifier.sent()).extracting(RecordingNotifier.Sent::idempotencyKey)
        .containsExactly("key-0", "key-1", "key-2");
    assertThat(notifier.notices()).containsExactly(notice(effects, 0), notice(effects, 1), notice(effects, 2));
    assertThat(propertySystem.workOrders()).extracting(RecordingPropertySystem.WorkOrder::idempotencyKey)
        .containsExactly("key-3");
    assertThat(propertySystem.callNotes()).containsExactly((Effect.CallNote) effects.get(4),
        (Effect.CallNote) effects.get(5));
    assertThat(propertySystem.prospects()).containsExactly(((Effect.ProspectLead) effects.get(6)).lead(),
        ((Effect.ProspectLead) effects.get(7)).lead());
    assertThat(outbox.all()).extracting(OutboxEntry::status).containsOnly(OutboxStatus.SENT);
  }

  @Test
  void givenEmailNotConfigured_worker_keepsTheRowWaitingWithoutSpendingAttemptsAndAWorkerStartedLaterSendsIt()
      throws Exception {
    for (int i = 0; i < 3 * SETTINGS.maxAttempts(); i++) {
      notifier.failNext(new PortException(FailureKind.NOT_CONFIGURED, "not sent: email not configured"));
    }
    outbox.enqueue(email("transcript-1"));

    runAdvancingPastEachBackoff(3 * SETTINGS.maxAttempts());

    assertThat(only().status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(only().attempts()).isZero();
    assertThat(only().lastError()).hasValueSatisfying(e -> assertThat(e).contains("not configured"));
    assertThat(worker.stats()).isEqualTo(new OutboxWorker.Stats(0, 0, 0, 0, 3 * SETTINGS.maxAttempts()));

    RecordingNotifier configured = new RecordingNotifier();
    OutboxWorker restarted = new OutboxWorker(outbox, configured, propertySystem, clock, SETTINGS,
        new SplittableRandom(7));
    java.util.concurrent.ScheduledExecutorService executor =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
    try {
      restarted.start(executor, Duration.ofHours(1));
      restarted.runOnce();
    } finally {
      restarted.stop();
      executor.shutdownNow();
      executor.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    assertThat(configured.sent()).extracting(RecordingNotifier.Sent::idempotencyKey).containsExactly("transcript-1");
    assertThat(only().status()).isEqualTo(OutboxStatus.SENT);
  }

  private void runAdvancingPastEachBackoff(int runs) {
    for (int i = 0; i < runs; i++) {
      worker.runOnce();
      clock.advance(SETTINGS.maxBackoff());
    }
  }

  private OutboxEntry only() {
    assertThat(outbox.all()).hasSize(1);
    return outbox.all().get(0);
  }

  static OutboxMessage email(String key) {
    Notice alert = new Notice.UrgentAlert(List.of("office@acme.test"), "Emergency", "Gas smell", Optional.of(CALL));
    return new OutboxMessage(key, Optional.of(CALL), new Effect.Email(alert));
  }

  private app.chris.core.port.ServiceRequest workOrder() {
    return StoreSamples.request("SR-1", CALL, clock.instant());
  }

  private static Notice notice(List<Effect> effects, int index) {
    return ((Effect.Email) effects.get(index)).notice();
  }
}
