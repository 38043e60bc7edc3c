package app.chris.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.CallId;
import app.chris.core.port.Effect;
import app.chris.core.port.Outbox;
import app.chris.core.port.OutboxEntry;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.OutboxStats;
import app.chris.core.port.OutboxStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link Outbox} must show: unique keys, due-time and lease rules, delivery bookkeeping. A claim
 * counts as one attempt. Subclasses return a fresh, empty outbox whose clock is {@link #clock}.
 */
public abstract class OutboxContract {
  protected final MutableClock clock = MutableClock.startingNow();
  private static final Duration LEASE = Duration.ofSeconds(30);
  private final CallId callId = new CallId("c_out");
  protected Outbox outbox;

  protected abstract Outbox newOutbox();

  @BeforeEach
  void createStore() {
    outbox = newOutbox();
  }

  private OutboxMessage note(String key) {
    return new OutboxMessage(key, Optional.of(callId), new Effect.CallNote(callId, Optional.of("T1001"), key));
  }

  private List<OutboxEntry> claimNow(int max) {
    Instant now = clock.instant();
    return outbox.claimDue(now, now.plus(LEASE), max);
  }

  @Test
  void givenEnqueuedMessage_claimDue_returnsItAsOneAttempt() {
    outbox.enqueue(note("k1"));
    List<OutboxEntry> claimed = claimNow(10);
    assertThat(claimed).hasSize(1);
    OutboxEntry e = claimed.get(0);
    assertThat(e.message()).isEqualTo(note("k1"));
    assertThat(e.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.createdAt()).isEqualTo(clock.instant());
    assertThat(e.lastError()).isEmpty();
  }

  @Test
  void givenDuplicateKey_enqueue_keepsOneRow() {
    outbox.enqueue(note("dup"));
    outbox.enqueue(new OutboxMessage("dup", Optional.empty(), new Effect.CallNote(callId, Optional.empty(), "x")));
    assertThat(outbox.stats()).isEqualTo(new OutboxStats(1, 0, 0));
    assertThat(outbox.forCall(callId)).extracting(OutboxEntry::message).containsExactly(note("dup"));
  }

  @Test
  void givenClaimedRow_claimDue_doesNotHandItOutAgainBeforeTheLeaseEnds() {
    outbox.enqueue(note("k1"));
    assertThat(claimNow(10)).hasSize(1);
    clock.advance(LEASE.minusSeconds(1));
    assertThat(outbox.claimDue(clock.instant(), clock.instant().plus(LEASE), 10)).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    List<OutboxEntry> again = claimNow(10);
    assertThat(again).extracting(OutboxEntry::attempts).containsExactly(2);
  }

  @Test
  void givenRetryLater_claimDue_waitsUntilTheNextAttemptAndKeepsTheError() {
    outbox.enqueue(note("k1"));
    long id = claimNow(1).get(0).id();
    outbox.markRetry(id, "SendGrid 503", clock.instant().plusSeconds(60));
    assertThat(claimNow(10)).isEmpty();
    clock.advance(Duration.ofSeconds(60));
    OutboxEntry retried = claimNow(10).get(0);
    assertThat(retried.attempts()).isEqualTo(2);
    assertThat(retried.lastError()).contains("SendGrid 503");
    assertThat(retried.nextAttemptAt()).isEqualTo(clock.instant());
  }

  @Test
  void givenSentAndDeadRows_stats_countThemAndNeitherIsClaimedAgain() {
    outbox.enqueue(note("a"));
    outbox.enqueue(note("b"));
    outbox.enqueue(note("c"));
    List<OutboxEntry> claimed = claimNow(2);
    outbox.markSent(claimed.get(0).id(), clock.instant());
    outbox.markDead(claimed.get(1).id(), "400 invalid address");
    assertThat(outbox.stats()).isEqualTo(new OutboxStats(1, 1, 1));
    clock.advance(Duration.ofHours(1));
    assertThat(claimNow(10)).extracting(e -> e.message().idempotencyKey()).containsExactly("c");
    OutboxEntry dead = outbox.forCall(callId).stream().filter(e -> e.status() == OutboxStatus.DEAD).findFirst()
        .orElseThrow();
    assertThat(dead.lastError()).contains("400 invalid address");
  }

  @Test
  void givenManyDueRows_claimDue_takesAtMostMaxOldestFirst() {
    for (String key : List.of("k1", "k2", "k3", "k4")) {
      outbox.enqueue(note(key));
      clock.advance(Duration.ofMillis(5));
    }
    assertThat(claimNow(3)).extracting(e -> e.message().idempotencyKey()).containsExactly("k1", "k2", "k3");
    assertThat(claimNow(3)).extracting(e -> e.message().idempotencyKey()).containsExactly("k4");
  }

  @Test
  void givenRowsOfSeveralCalls_forCall_returnsOnlyThatCallsRowsOldestFirst() {
    outbox.enqueue(note("mine-1"));
    CallId other = new CallId("c_other");
    outbox.enqueue(new OutboxMessage("theirs", Optional.of(other), new Effect.CallNote(other, Optional.empty(), "")));
    outbox.enqueue(new OutboxMessage("no-call", Optional.empty(), new Effect.CallNote(other, Optional.empty(), "")));
    outbox.enqueue(note("mine-2"));
    assertThat(outbox.forCall(callId)).extracting(e -> e.message().idempotencyKey())
        .containsExactly("mine-1", "mine-2");
  }

  @Test
  void givenEveryEffectVariant_enqueue_readsEachBackUnchanged() {
    List<Effect> effects = StoreSamples.everyEffect(callId, clock.instant());
    for (int i = 0; i < effects.size(); i++) {
      outbox.enqueue(new OutboxMessage("fx-" + i, Optional.of(callId), effects.get(i)));
    }
    assertThat(outbox.forCall(callId)).extracting(e -> e.message().effect()).containsExactlyElementsOf(effects);
  }

  @Test
  void givenWorkersClaimingAtOnce_claimDue_handsEachRowToExactlyOneWorker() throws Exception {
    int rows = 24;
    for (int i = 0; i < rows; i++) {
      outbox.enqueue(note("k" + i));
    }
    java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<List<Long>>> results = new java.util.ArrayList<>();
      for (int w = 0; w < 4; w++) {
        results.add(workers.submit(() -> {
          start.await();
          List<Long> mine = new java.util.ArrayList<>();
          for (int round = 0; round < 10; round++) {
            claimNow(3).forEach(e -> mine.add(e.id()));
          }
          return mine;
        }));
      }
      start.countDown();
      List<Long> all = new java.util.ArrayList<>();
      for (java.util.concurrent.Future<List<Long>> r : results) {
        all.addAll(r.get());
      }
      claimNow(rows).forEach(e -> all.add(e.id()));
      assertThat(all).hasSize(rows).doesNotHaveDuplicates();
    } finally {
      workers.shutdownNow();
    }
  }

  @Test
  void givenNothingConfiguredToDeliver_markWaiting_defersTheRowWithoutCountingTheAttempt() {
    outbox.enqueue(note("k1"));
    long id = claimNow(1).get(0).id();
    outbox.markWaiting(id, "not sent: email not configured", clock.instant().plus(Duration.ofHours(1)));

    assertThat(claimNow(10)).isEmpty();
    OutboxEntry waiting = outbox.forCall(callId).get(0);
    assertThat(waiting.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(waiting.attempts()).isZero();
    assertThat(waiting.lastError()).contains("not sent: email not configured");
    assertThat(outbox.stats()).isEqualTo(new OutboxStats(1, 0, 0, 1));
  }

  @Test
  void givenWaitingAndRetryingRows_wakeWaiting_makesOnlyTheNeverAttemptedOnesDue() {
    outbox.enqueue(note("waits"));
    outbox.enqueue(note("retries"));
    List<OutboxEntry> claimed = claimNow(2);
    outbox.markWaiting(claimed.get(0).id(), "not configured", clock.instant().plus(Duration.ofHours(1)));
    outbox.markRetry(claimed.get(1).id(), "SendGrid 503", clock.instant().plus(Duration.ofHours(1)));

    outbox.wakeWaiting(clock.instant());

    assertThat(claimNow(10)).singleElement().satisfies(e -> {
      assertThat(e.message().idempotencyKey()).isEqualTo("waits");
      assertThat(e.attempts()).isEqualTo(1);
    });
  }

  @Test
  void givenUnknownId_mark_changesNothing() {
    outbox.enqueue(note("k1"));
    outbox.markSent(9_999_999L, clock.instant());
    outbox.markDead(9_999_998L, "gone");
    assertThat(outbox.stats()).isEqualTo(new OutboxStats(1, 0, 0));
  }
}
