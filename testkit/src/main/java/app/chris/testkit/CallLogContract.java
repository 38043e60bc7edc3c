package app.chris.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.CallId;
import app.chris.core.port.CallLog;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Effect;
import app.chris.core.port.Outbox;
import app.chris.core.port.OutboxEntry;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.PhoneNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link CallLog} must show. Subclasses build a fresh, empty store on {@link #clock} and return
 * the outbox its {@code save} writes to.
 */
public abstract class CallLogContract {
  protected final MutableClock clock = MutableClock.startingNow();
  private CallLog log;

  protected abstract CallLog newCallLog();

  /** The outbox that {@link CallLog#save} of the last store from {@link #newCallLog()} enqueues into. */
  protected abstract Outbox outbox();

  @BeforeEach
  void createStore() {
    log = newCallLog();
  }

  private Instant at(int minutes) {
    return MutableClock.DEFAULT_START.plusSeconds(60L * minutes);
  }

  @Test
  void givenSavedCall_find_returnsEveryFieldAsSaved() {
    CallRecord full = StoreSamples.call("c_full", "+12175550101", at(0));
    CallRecord empty = StoreSamples.openAnonymousCall("c_empty", at(1));
    log.save(full, List.of());
    log.save(empty, List.of());
    assertThat(log.find(full.id())).contains(full);
    assertThat(log.find(empty.id())).contains(empty);
  }

  @Test
  void givenUnknownId_find_isEmpty() {
    assertThat(log.find(new CallId("c_nobody"))).isEmpty();
  }

  @Test
  void givenCallSavedTwice_save_upsertsOneRecordWithTheLatestContent() {
    CallRecord open = StoreSamples.openAnonymousCall("c_1", at(0));
    CallRecord ended = StoreSamples.call("c_1", "+12175550101", at(0));
    log.save(open, List.of());
    log.save(ended, List.of());
    assertThat(log.find(new CallId("c_1"))).contains(ended);
    assertThat(log.recent(10)).containsExactly(ended);
  }

  @Test
  void givenSeveralCalls_recent_returnsNewestFirstUpToTheLimit() {
    log.save(StoreSamples.call("c_b", "+12175550101", at(2)), List.of());
    log.save(StoreSamples.call("c_a", "+12175550102", at(1)), List.of());
    log.save(StoreSamples.call("c_c", "+12175550103", at(3)), List.of());
    assertThat(log.recent(2)).extracting(r -> r.id().value()).containsExactly("c_c", "c_b");
    assertThat(log.recent(10)).extracting(r -> r.id().value()).containsExactly("c_c", "c_b", "c_a");
    assertThat(log.recent(0)).isEmpty();
  }

  @Test
  void givenLongHistory_olderThan_pagesThroughEveryCallOnceNewestFirst() {
    for (int i = 0; i < 7; i++) {
      // Two calls share each start time, so paging must break ties by id.
      log.save(StoreSamples.openAnonymousCall("c_" + i, at(i / 2)), List.of());
    }
    List<String> seen = new java.util.ArrayList<>();
    List<CallRecord> page = log.recent(3);
    while (!page.isEmpty()) {
      page.forEach(r -> seen.add(r.id().value()));
      page = log.olderThan(page.get(page.size() - 1).id(), 3);
    }
    assertThat(seen).containsExactly("c_6", "c_5", "c_4", "c_3", "c_2", "c_1", "c_0");
    assertThat(log.olderThan(new CallId("c_unknown"), 3)).isEmpty();
  }

  @Test
  void givenCallsFromManyNumbers_recentFrom_returnsOnlyThatCallersCallsNewestFirst() {
    log.save(StoreSamples.call("c_1", "+12175550101", at(1)), List.of());
    log.save(StoreSamples.call("c_2", "+12175550102", at(2)), List.of());
    log.save(StoreSamples.call("c_3", "+12175550101", at(3)), List.of());
    log.save(StoreSamples.openAnonymousCall("c_4", at(4)), List.of());
    List<CallRecord> fromAna = log.recentFrom(new PhoneNumber("+12175550101"), 5);
    assertThat(fromAna).extracting(r -> r.id().value()).containsExactly("c_3", "c_1");
    assertThat(log.recentFrom(new PhoneNumber("+12175550101"), 1)).hasSize(1);
    assertThat(log.recentFrom(new PhoneNumber("+19995550000"), 5)).isEmpty();
  }

  @Test
  void givenOpenAndEndedCalls_unfinished_returnsOnlyOpenOnesStartedBeforeTheCutOffOldestFirst() {
    log.save(StoreSamples.openAnonymousCall("c_open2", at(2)), List.of());
    log.save(StoreSamples.openAnonymousCall("c_open1", at(1)), List.of());
    log.save(StoreSamples.call("c_ended", "+12175550101", at(0)), List.of());
    log.save(StoreSamples.openAnonymousCall("c_later", at(5)), List.of());

    assertThat(log.unfinished(at(5), 10)).extracting(r -> r.id().value()).containsExactly("c_open1", "c_open2");
    assertThat(log.unfinished(at(5), 1)).extracting(r -> r.id().value()).containsExactly("c_open1");
  }

  @Test
  void givenEffects_save_enqueuesThemForTheCall() {
    CallRecord call = StoreSamples.call("c_fx", "+12175550101", at(0));
    List<Effect> all = StoreSamples.everyEffect(call.id(), at(0));
    List<OutboxMessage> effects = java.util.stream.IntStream.range(0, all.size())
        .mapToObj(i -> new OutboxMessage("c_fx:" + i, Optional.of(call.id()), all.get(i)))
        .toList();
    log.save(call, effects);
    assertThat(outbox().forCall(call.id())).extracting(OutboxEntry::message)
        .containsExactlyInAnyOrderElementsOf(effects);
    assertThat(outbox().stats().pending()).isEqualTo(effects.size());
  }

  @Test
  void givenSameEffectKeysOnASecondSave_save_keepsOneOutboxRowPerKey() {
    CallRecord call = StoreSamples.call("c_2x", "+12175550101", at(0));
    OutboxMessage note = new OutboxMessage("c_2x:note", Optional.of(call.id()),
        new Effect.CallNote(call.id(), Optional.empty(), "called"));
    log.save(call, List.of(note));
    log.save(call, List.of(note));
    assertThat(outbox().forCall(call.id())).hasSize(1);
  }
}
