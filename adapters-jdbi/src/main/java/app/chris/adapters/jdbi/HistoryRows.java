package app.chris.adapters.jdbi;

import app.chris.core.port.CallAction;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Intent;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The call-history rows derived from one call (its intents in {@code call_intents}, its identity checks in two
 * columns), rewritten by {@link JdbiCallLog#save} in the same transaction as the call, so history filters and
 * analytics read indexes and plain columns instead of parsing text.
 */
final class HistoryRows {
  static final String INSERT_INTENT =
      "INSERT INTO call_intents (call_id, intent, started_at) VALUES (:id, :intent, :startedAt)";

  private HistoryRows() {}

  /** Replaces the derived rows of a call whose {@code calls} row was just written. */
  static void write(Handle h, CallRecord r) {
    h.createUpdate("UPDATE calls SET verify_tried = :tried, verify_passed = :passed WHERE id = :id")
        .bind("tried", verifyTried(r)).bind("passed", verifyPassed(r)).bind("id", r.id().value()).execute();
    h.createUpdate("DELETE FROM call_intents WHERE call_id = :id").bind("id", r.id().value()).execute();
    PreparedBatch batch = h.prepareBatch(INSERT_INTENT);
    addIntents(batch, r);
    if (batch.size() > 0) {
      batch.execute();
    }
  }

  /** Adds one {@link #INSERT_INTENT} row per distinct intent of the call. */
  static void addIntents(PreparedBatch batch, CallRecord r) {
    for (Intent intent : distinct(r.intents())) {
      batch.bind("id", r.id().value()).bind("intent", intent.name()).bind("startedAt", Sql.time(r.startedAt()))
          .add();
    }
  }

  static boolean verifyTried(CallRecord r) {
    return r.actions().stream().anyMatch(a -> a.kind().equals(CallAction.VERIFY_IDENTITY));
  }

  static boolean verifyPassed(CallRecord r) {
    return r.actions().stream().anyMatch(a -> a.kind().equals(CallAction.VERIFY_IDENTITY) && a.ok());
  }

  private static List<Intent> distinct(List<Intent> intents) {
    return intents.stream().distinct().toList();
  }
}
