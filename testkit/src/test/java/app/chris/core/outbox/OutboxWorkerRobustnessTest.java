package app.chris.core.outbox;

import static app.chris.core.outbox.OutboxWorkerTest.SETTINGS;
import static app.chris.core.outbox.OutboxWorkerTest.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.chris.core.port.CallId;
import app.chris.core.port.Notifier;
import app.chris.core.port.Outbox;
import app.chris.core.port.OutboxEntry;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.OutboxStats;
import app.chris.core.port.OutboxStatus;
import app.chris.testkit.InMemoryOutbox;
import app.chris.testkit.MutableClock;
import app.chris.testkit.RecordingNotifier;
import app.chris.testkit.RecordingPropertySystem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OutboxWorkerRobustnessTest {
  final MutableClock clock = MutableClock.startingNow();
  final InMemoryOutbox outbox = new InMemoryOutbox(clock);

  @Test
  void givenNotifierThrowingAnUnexpectedException_runOnce_keepsGoingAndRetriesTheRow() {
    Notifier buggy = (notice, key) -> {
      throw new IllegalStateException("tenant 4B phone +15551234567");
    };
    outbox.enqueue(email("k"));

    assertThat(worker(outbox, buggy).runOnce()).isEqualTo(1);

    OutboxEntry row = outbox.all().get(0);
    assertThat(row.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(row.lastError()).contains("UNKNOWN: java.lang.IllegalStateException");
  }

  @Test
  void givenOutboxFailingToClaim_runOnce_countsTheErrorInsteadOfThrowing() {
    OutboxWorker worker = worker(new BrokenOutbox(), new RecordingNotifier());

    assertThat(worker.runOnce()).isZero();
    assertThat(worker.runOnce()).isZero();

    assertThat(worker.stats().errors()).isEqualTo(2);
  }

  @Test
  void givenSentButNotRecorded_worker_redeliversAfterTheLeaseWithTheSameKey() {
    RecordingNotifier notifier = new RecordingNotifier();
    OutboxWorker worker = worker(new FlakyOutbox(outbox, 1), notifier);
    outbox.enqueue(email("transcript-9"));

    worker.runOnce();
    clock.advance(Duration.ofSeconds(30));
    assertThat(worker.runOnce()).as("still leased").isZero();
    clock.advance(SETTINGS.lease());
    worker.runOnce();

    assertThat(notifier.sent()).extracting(RecordingNotifier.Sent::idempotencyKey)
        .containsExactly("transcript-9", "transcript-9");
    assertThat(outbox.all().get(0).status()).isEqualTo(OutboxStatus.SENT);
    assertThat(worker.stats()).isEqualTo(new OutboxWorker.Stats(1, 0, 0, 1));
  }

  @Test
  void givenStartedOnAnExecutor_worker_deliversUntilStopped() throws InterruptedException {
    CountDownLatch sent = new CountDownLatch(1);
    RecordingNotifier recording = new RecordingNotifier();
    Notifier counting = (notice, key) -> {
      recording.send(notice, key);
      sent.countDown();
    };
    OutboxWorker worker = worker(outbox, counting);
    outbox.enqueue(email("k"));
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    try {
      worker.start(executor, Duration.ofMillis(10));
      assertThatThrownBy(() -> worker.start(executor)).isInstanceOf(IllegalStateException.class);
      assertThat(sent.await(10, TimeUnit.SECONDS)).isTrue();
      worker.stop();
    } finally {
      executor.shutdown();
      assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(recording.sent()).hasSize(1);
    assertThat(outbox.all().get(0).status()).isEqualTo(OutboxStatus.SENT);
  }

  private OutboxWorker worker(Outbox box, Notifier notifier) {
    return new OutboxWorker(box, notifier, new RecordingPropertySystem(), clock, SETTINGS, new SplittableRandom(1));
  }

  /** A store that is down: every call throws, as a lost database connection would. */
  private static final class BrokenOutbox implements Outbox {
    @Override
    public void enqueue(OutboxMessage message) {
      throw new IllegalStateException("db down");
    }

    @Override
    public List<OutboxEntry> claimDue(Instant now, Instant leaseUntil, int max) {
      throw new IllegalStateException("db down");
    }

    @Override
    public void markSent(long entryId, Instant at) {
      throw new IllegalStateException("db down");
    }

    @Override
    public void markRetry(long entryId, String error, Instant nextAttemptAt) {
      throw new IllegalStateException("db down");
    }

    @Override
    public void markDead(long entryId, String error) {
      throw new IllegalStateException("db down");
    }

    @Override
    public void markWaiting(long entryId, String reason, Instant nextAttemptAt) {
      throw new IllegalStateException("db down");
    }

    @Override
    public void wakeWaiting(Instant now) {
      throw new IllegalStateException("db down");
    }

    @Override
    public List<OutboxEntry> forCall(CallId callId) {
      throw new IllegalStateException("db down");
    }

    @Override
    public OutboxStats stats() {
      throw new IllegalStateException("db down");
    }
  }
}
