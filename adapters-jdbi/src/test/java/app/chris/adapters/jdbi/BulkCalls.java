package app.chris.adapters.jdbi;

import app.chris.core.port.CallRecord;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.core.port.PhoneNumber;
import app.chris.testkit.SyntheticCalls;
import java.time.Instant;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Fills a database with {@link SyntheticCalls} in JDBC batches, the rows exactly as {@link JdbiCallLog#save}
 * writes them (with {@link HistoryRows}): a 100,000-call history in seconds instead of 100,000 transactions.
 */
final class BulkCalls {
  private static final int BATCH = 1_000;
  private static final String INSERT_CALL = "INSERT INTO calls (id, channel, from_number, started_at, ended_at, "
      + "tenant_id, verified, intents, outcome, summary, transcript, actions) VALUES (:id, :channel, :from, "
      + ":startedAt, :endedAt, :tenantId, :verified, :intents, :outcome, :summary, :transcript, :actions)";

  private BulkCalls() {}

  /**
   * Inserts calls {@code 0..count-1}, the oldest starting at {@code first}, {@link SyntheticCalls#light} ones unless
   * {@code transcripts}; returns calls inserted per second.
   */
  static double load(Database db, int count, Instant first, boolean transcripts) {
    long start = System.nanoTime();
    for (int batch = 0; batch < count; batch += BATCH) {
      int from = batch;
      int to = Math.min(count, from + BATCH);
      db.jdbi().useTransaction(h -> insert(h, from, to, first, transcripts));
    }
    return count / ((System.nanoTime() - start) / 1e9);
  }

  private static void insert(Handle h, int from, int to, Instant first, boolean transcripts) {
    PreparedBatch calls = h.prepareBatch(INSERT_CALL);
    PreparedBatch history = h.prepareBatch(HistoryRows.INSERT_HISTORY);
    PreparedBatch intents = h.prepareBatch(HistoryRows.INSERT_INTENT);
    for (int i = from; i < to; i++) {
      CallRecord r = transcripts ? SyntheticCalls.call(i, first) : SyntheticCalls.light(i, first);
      calls.bind("id", r.id().value()).bind("channel", r.channel().name())
          .bind("from", r.from().map(PhoneNumber::e164).orElse(null))
          .bind("startedAt", Sql.time(r.startedAt())).bind("endedAt", Sql.time(r.endedAt()))
          .bind("tenantId", r.tenantId().orElse(null)).bind("verified", r.verified())
          .bind("intents", r.intents().stream().map(Intent::name).collect(Collectors.joining(",")))
          .bind("outcome", r.outcome().map(Outcome::name).orElse(null)).bind("summary", r.summary())
          .bind("transcript", Json.write(RecordJson.transcript(r.transcript())))
          .bind("actions", Json.write(RecordJson.actions(r.actions())))
          .add();
      HistoryRows.bindHistory(history, r).add();
      HistoryRows.addIntents(intents, r);
    }
    calls.execute();
    history.execute();
    intents.execute();
  }
}
