package app.chris.adapters.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.CallAnalytics;
import app.chris.core.port.CallId;
import app.chris.core.port.CallLog;
import app.chris.core.port.CallPage;
import app.chris.core.port.CallQuery;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.PhoneNumber;
import app.chris.testkit.InMemoryCallHistory;
import app.chris.testkit.SyntheticCalls;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * History with 100,000 calls in an embedded H2 file (built once for the class): pages are keyset pages that read
 * only their own rows along an index (H2's EXPLAIN ANALYZE row counts, not timings), deep pages are right, and
 * the SQL analytics agree with a plain count over the same calls. Speed itself is measured by
 * {@link CallHistoryMeasure}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallHistoryScaleTest {
  private static final int CALLS = 100_000;
  private static final Instant FIRST = Instant.parse("2025-01-01T00:00:00Z");
  private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");
  private Database db;
  private JdbiCallHistory history;

  @BeforeAll
  void loadHistory(@TempDir Path dir) {
    db = Database.open(DatabaseSettings.embedded(dir));
    BulkCalls.load(db, CALLS, FIRST, false);
    history = new JdbiCallHistory(db);
  }

  @AfterAll
  void closeDb() {
    db.close();
  }

  @Test
  void givenHundredThousandCalls_listPages_readOnlyTheirOwnRowsAlongAnIndex() {
    CallId page99Last = new CallId(SyntheticCalls.id(CALLS - 1 - 99 * 50 + 1));
    assertReadsAlongIndex(query(Optional.empty(), Optional.empty(), Optional.empty()), "CALL_HISTORY_RECENT_IDX");
    assertReadsAlongIndex(query(Optional.empty(), Optional.empty(), Optional.empty()).after(page99Last),
        "CALL_HISTORY_RECENT_IDX");
    assertReadsAlongIndex(query(Optional.of(Intent.ADMIN_TRAINING), Optional.empty(), Optional.empty()),
        "CALL_INTENTS_RECENT_IDX");
    assertReadsAlongIndex(query(Optional.of(Intent.EMERGENCY), Optional.of(Outcome.EMERGENCY), Optional.empty()),
        "CALL_INTENTS_RECENT_IDX");
    assertReadsAlongIndex(query(Optional.empty(), Optional.of(Outcome.LEAD), Optional.empty()),
        "CALL_HISTORY_OUTCOME_IDX");
    Instant lastWeek = SyntheticCalls.startOf(CALLS - 1, FIRST).minusSeconds(7 * 86_400);
    assertReadsAlongIndex(new CallQuery(Optional.of(lastWeek), Optional.of(lastWeek.plusSeconds(86_400)),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 50), "CALL_HISTORY_RECENT_IDX");
    // A word in most summaries: the scan in newest-first order stops as soon as the page is full.
    assertReadsAlongIndex(query(Optional.empty(), Optional.empty(), Optional.of("maple")), "CALL_HISTORY_RECENT_IDX");
  }

  @Test
  void givenHundredThousandCalls_pagingToPageHundred_followsTheFullNewestFirstOrder() {
    List<String> seen = new ArrayList<>();
    CallQuery next = CallQuery.all(50);
    for (int page = 1; page <= 100; page++) {
      CallPage p = history.search(next);
      assertThat(p.calls()).hasSize(50);
      p.calls().forEach(c -> seen.add(c.id().value()));
      next = p.next().orElseThrow();
    }
    List<String> newest = db.jdbi().withHandle(h -> h.createQuery(
        "SELECT id FROM calls ORDER BY started_at DESC, id DESC LIMIT 5000").mapTo(String.class).list());
    assertThat(seen).containsExactlyElementsOf(newest);
    assertThat(new HashSet<>(seen)).hasSize(5000);
  }

  @Test
  void givenHundredThousandCalls_textSearchForACaller_findsExactlyThatCallersCalls() {
    CallPage page = history.search(query(Optional.empty(), Optional.empty(), Optional.of("(217) 555-7919")));
    List<String> expected = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM calls WHERE from_number = "
        + "'+12175557919' ORDER BY started_at DESC, id DESC").mapTo(String.class).list());
    assertThat(expected).hasSize(10);
    assertThat(page.calls()).extracting(c -> c.id().value()).containsExactlyElementsOf(expected);
    assertThat(page.next()).isEmpty();
  }

  @Test
  void givenHundredThousandCalls_analytics_agreeWithCountingEveryCall() {
    List<CallRecord> calls = IntStream.range(0, CALLS).mapToObj(i -> SyntheticCalls.light(i, FIRST)).toList();
    InMemoryCallHistory counted = new InMemoryCallHistory(new ListedCalls(calls));
    ZoneId chicago = ZoneId.of("America/Chicago");
    Instant to = SyntheticCalls.startOf(CALLS - 1, FIRST).plusSeconds(1);
    CallAnalytics all = history.analytics(FIRST, to, chicago);
    assertThat(all.calls()).isEqualTo(CALLS);
    assertThat(all.emergencies()).isEqualTo(CALLS / 50);
    assertThat(all).isEqualTo(counted.analytics(FIRST, to, chicago));
    Instant monthAgo = to.minusSeconds(30 * 86_400);
    assertThat(history.analytics(monthAgo, to, chicago))
        .isEqualTo(counted.analytics(monthAgo, to, chicago));
  }

  /** The page's id query reads the given index in order, not the table, and at most one call beyond the page. */
  private void assertReadsAlongIndex(CallQuery query, String index) {
    Optional<HistorySearch.Cursor> cursor = query.after().map(id -> db.jdbi().withHandle(h -> h.createQuery(
            "SELECT started_at, call_id FROM call_history WHERE call_id = :id").bind("id", id.value())
        .map((rs, ctx) -> new HistorySearch.Cursor(Sql.instant(rs, "started_at"), rs.getString("call_id"))).one()));
    HistorySearch search = HistorySearch.of(query, cursor);
    String plan = db.jdbi().withHandle(h -> search.bind(h.createQuery("EXPLAIN ANALYZE " + search.sql()))
        .mapTo(String.class).one());
    assertThat(plan).as(plan).contains("PUBLIC." + index).contains("/* index sorted */")
        .doesNotContain("tableScan");
    // After a cursor the index range starts at the cursor's start time: its calls (the cursor itself and its
    // tie) are read and dropped by the row comparison.
    long tiedAtCursor = cursor.map(c -> db.jdbi().withHandle(h -> h.createQuery(
        "SELECT COUNT(*) FROM call_history WHERE started_at = :at").bind("at", Sql.time(c.startedAt()))
        .mapTo(Long.class).one())).orElse(0L);
    Matcher scans = SCAN_COUNT.matcher(plan);
    assertThat(scans.find()).as(plan).isTrue();
    long read = query.limit() + 1L + tiedAtCursor;
    assertThat(Long.parseLong(scans.group(1))).as(plan).isLessThanOrEqualTo(read);
    while (scans.find()) {
      // A joined table is looked up by primary key once per row read; H2 counts each lookup as two steps.
      assertThat(Long.parseLong(scans.group(1))).as(plan).isLessThanOrEqualTo(2 * read);
    }
  }

  /** The calls as a call log that only lists them, newest first: what the in-memory history reads. */
  private record ListedCalls(List<CallRecord> calls) implements CallLog {
    @Override
    public List<CallRecord> recent(int limit) {
      return calls.stream().sorted(Comparator.comparing(CallRecord::startedAt)
          .thenComparing(r -> r.id().value()).reversed()).limit(limit).toList();
    }

    @Override
    public void save(CallRecord record, List<OutboxMessage> effects) {
      throw new UnsupportedOperationException("read-only");
    }

    @Override
    public Optional<CallRecord> find(CallId id) {
      return calls.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public List<CallRecord> recentFrom(PhoneNumber caller, int limit) {
      throw new UnsupportedOperationException("not needed");
    }
  }

  private static CallQuery query(Optional<Intent> intent, Optional<Outcome> outcome, Optional<String> text) {
    return new CallQuery(Optional.empty(), Optional.empty(), text, intent, outcome, Optional.empty(), 50);
  }
}
