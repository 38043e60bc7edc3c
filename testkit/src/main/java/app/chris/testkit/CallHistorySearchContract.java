package app.chris.testkit;

import static app.chris.testkit.CallBuilder.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.CallHistory;
import app.chris.core.port.CallId;
import app.chris.core.port.CallListing;
import app.chris.core.port.CallLog;
import app.chris.core.port.CallPage;
import app.chris.core.port.CallQuery;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the dashboard's call list behaves over any {@link CallHistory}: filters and newest-first keyset pages.
 * Subclasses build a fresh, empty call log and the history that reads it; {@link CallHistoryContract} adds the
 * analytics, and is the class stores extend.
 */
public abstract class CallHistorySearchContract {
  protected final MutableClock clock = MutableClock.startingNow();
  protected CallLog log;
  protected CallHistory history;

  /** A fresh, empty call log on {@link #clock}. */
  protected abstract CallLog newCallLog();

  /** The history over the last log returned by {@link #newCallLog()}. */
  protected abstract CallHistory newHistory();

  @BeforeEach
  void createStores() {
    log = newCallLog();
    history = newHistory();
  }

  protected static Instant at(int minutes) {
    return MutableClock.DEFAULT_START.plus(Duration.ofMinutes(minutes));
  }

  protected void save(CallBuilder... calls) {
    for (CallBuilder c : calls) {
      log.save(c.build(), List.of());
    }
  }

  protected static CallQuery query(int limit) {
    return CallQuery.all(limit);
  }

  protected static List<String> ids(CallPage page) {
    return page.calls().stream().map(c -> c.id().value()).toList();
  }

  @Test
  void givenCallsOnSeveralDays_searchByDates_returnsCallsStartedFromInclusiveToExclusiveNewestFirst() {
    int day = 24 * 60;
    save(call("c_1", at(-2 * day)), call("c_2", at(-day)), call("c_3", at(-day + 60)), call("c_4", at(0)));
    CallQuery q = new CallQuery(Optional.of(at(-day)), Optional.of(at(0)), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), 10);
    assertThat(ids(history.search(q))).containsExactly("c_3", "c_2");
    assertThat(ids(history.search(query(10)))).containsExactly("c_4", "c_3", "c_2", "c_1");
  }

  @Test
  void givenCallsWithSeveralIntents_searchByIntent_findsEveryCallCarryingIt() {
    save(call("c_1", at(1)).intents(Intent.MAINTENANCE, Intent.GOODBYE), call("c_2", at(2)).intents(Intent.BALANCE),
        call("c_3", at(3)).intents(Intent.GOODBYE), call("c_4", at(4)));
    assertThat(ids(history.search(byIntent(Intent.GOODBYE)))).containsExactly("c_3", "c_1");
    assertThat(ids(history.search(byIntent(Intent.MAINTENANCE)))).containsExactly("c_1");
    assertThat(history.search(byIntent(Intent.EMERGENCY)).calls()).isEmpty();
  }

  @Test
  void givenCallsWithOutcomes_searchByOutcome_findsOnlyThatOutcome() {
    save(call("c_1", at(1)).outcome(Outcome.INFO), call("c_2", at(2)).outcome(Outcome.SERVICE_REQUEST),
        call("c_3", at(3)).outcome(Outcome.INFO), call("c_4", at(4)).open());
    assertThat(ids(history.search(byOutcome(Outcome.INFO)))).containsExactly("c_3", "c_1");
    assertThat(ids(history.search(byOutcome(Outcome.SERVICE_REQUEST)))).containsExactly("c_2");
  }

  @Test
  void givenCallers_searchByText_matchesNumberTenantAndSummaryIgnoringCaseAndWildcards() {
    save(call("c_1", at(1)).from("+12175550101").tenant("T1001").summary("Kitchen sink leaking."),
        call("c_2", at(2)).from("+13125550199").tenant("T2002").summary("Asked when RENT is due."),
        call("c_3", at(3)).summary("Rent is 100% paid."), call("c_4", at(4)).summary("Paid 1000 dollars."),
        call("c_5", at(5)).summary("Asked about pet_policy."), call("c_6", at(6)).summary("Asked about petspolicy."));
    assertThat(ids(history.search(byText("SINK")))).containsExactly("c_1");
    assertThat(ids(history.search(byText("rent")))).containsExactly("c_3", "c_2");
    assertThat(ids(history.search(byText("t2002")))).containsExactly("c_2");
    assertThat(ids(history.search(byText("+1217555")))).containsExactly("c_1");
    assertThat(ids(history.search(byText("(217) 555-0101")))).containsExactly("c_1");
    assertThat(ids(history.search(byText("555 0199")))).containsExactly("c_2");
    assertThat(ids(history.search(byText("100%")))).containsExactly("c_3");
    assertThat(ids(history.search(byText("pet_policy")))).containsExactly("c_5");
    assertThat(history.search(byText("nobody said this")).calls()).isEmpty();
  }

  @Test
  void givenEveryFilterAtOnce_search_returnsOnlyCallsMatchingAllOfThem() {
    save(call("c_1", at(1)).intents(Intent.EMERGENCY).outcome(Outcome.EMERGENCY).summary("Gas smell"),
        call("c_2", at(2)).intents(Intent.EMERGENCY).outcome(Outcome.TRANSFER).summary("Gas smell"),
        call("c_3", at(3)).intents(Intent.EMERGENCY).outcome(Outcome.EMERGENCY).summary("Flooding"),
        call("c_4", at(4)).intents(Intent.MAINTENANCE).outcome(Outcome.EMERGENCY).summary("Gas smell"),
        call("c_5", at(50)).intents(Intent.EMERGENCY).outcome(Outcome.EMERGENCY).summary("Gas smell"));
    CallQuery q = new CallQuery(Optional.of(at(0)), Optional.of(at(10)), Optional.of(" gas "),
        Optional.of(Intent.EMERGENCY), Optional.of(Outcome.EMERGENCY), Optional.empty(), 10);
    assertThat(ids(history.search(q))).containsExactly("c_1");
  }

  @Test
  void givenSavedCalls_search_listsEachCallWithoutItsTranscript() {
    CallRecord full = StoreSamples.call("c_full", "+12175550101", at(0));
    CallRecord open = StoreSamples.openAnonymousCall("c_open", at(1));
    log.save(full, List.of());
    log.save(open, List.of());
    assertThat(history.search(query(10)).calls()).containsExactly(CallListing.of(open), CallListing.of(full));
  }

  @Test
  void givenCallSavedAgainWithNewIntentAndOutcome_search_findsItOnlyUnderTheNewOnes() {
    save(call("c_1", at(1)).intents(Intent.OTHER).open());
    save(call("c_1", at(1)).intents(Intent.COMPLAINT).outcome(Outcome.COMPLAINT));
    assertThat(history.search(byIntent(Intent.OTHER)).calls()).isEmpty();
    assertThat(ids(history.search(byIntent(Intent.COMPLAINT)))).containsExactly("c_1");
    assertThat(ids(history.search(byOutcome(Outcome.COMPLAINT)))).containsExactly("c_1");
  }

  @Test
  void givenLongHistoryWithTiedStartTimes_pagingOnward_returnsEveryCallOnceNewestFirst() {
    List<String> expected = new ArrayList<>();
    for (int i = 24; i >= 0; i--) {
      expected.add(String.format("c_%03d", i));
    }
    for (int i = 0; i < 25; i++) {
      // Three calls share each start time, so pages must break ties by id.
      save(call(String.format("c_%03d", i), at(i / 3)).intents(i % 2 == 0 ? Intent.BALANCE : Intent.OTHER));
    }
    assertThat(allPages(query(4), 4)).containsExactlyElementsOf(expected);
    CallQuery balanceAfterNewest = new CallQuery(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(Intent.BALANCE), Optional.empty(), Optional.of(new CallId("c_024")), 3);
    assertThat(allPages(balanceAfterNewest, 3))
        .containsExactlyElementsOf(expected.stream().filter(id -> Integer.parseInt(id.substring(2)) % 2 == 0)
            .filter(id -> !id.equals("c_024")).toList());
  }

  @Test
  void givenPageSizeDividingTheHistory_lastFullPage_hasNoNextAndAnUnknownCursorGivesNothing() {
    for (int i = 0; i < 6; i++) {
      save(call("c_" + i, at(i)));
    }
    CallPage first = history.search(query(3));
    assertThat(ids(first)).containsExactly("c_5", "c_4", "c_3");
    CallPage second = history.search(first.next().orElseThrow());
    assertThat(ids(second)).containsExactly("c_2", "c_1", "c_0");
    assertThat(second.next()).isEmpty();
    CallPage unknown = history.search(query(3).after(new CallId("c_unknown")));
    assertThat(unknown.calls()).isEmpty();
    assertThat(unknown.next()).isEmpty();
  }

  /** Follows {@code next} to the end, checking each page's size, and returns the ids in the order seen. */
  protected List<String> allPages(CallQuery first, int size) {
    List<String> seen = new ArrayList<>();
    Optional<CallQuery> next = Optional.of(first);
    while (next.isPresent()) {
      CallPage page = history.search(next.get());
      assertThat(page.calls()).hasSizeLessThanOrEqualTo(size);
      seen.addAll(ids(page));
      next = page.next();
    }
    return seen;
  }

  protected static CallQuery byIntent(Intent intent) {
    return new CallQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(intent), Optional.empty(),
        Optional.empty(), 10);
  }

  protected static CallQuery byOutcome(Outcome outcome) {
    return new CallQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(outcome),
        Optional.empty(), 10);
  }

  protected static CallQuery byText(String text) {
    return new CallQuery(Optional.empty(), Optional.empty(), Optional.of(text), Optional.empty(), Optional.empty(),
        Optional.empty(), 10);
  }
}
