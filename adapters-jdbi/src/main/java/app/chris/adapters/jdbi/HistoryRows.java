package app.chris.adapters.jdbi;

import app.chris.core.port.CallAction;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.core.port.PhoneNumber;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The narrow history rows of one call ({@code call_history}, {@code call_intents}), rewritten by
 * {@link JdbiCallLog#save} in the call's transaction, so history lists and analytics never read the wide
 * {@code calls} rows (transcripts and actions are large objects).
 */
final class HistoryRows {
  static final String INSERT_HISTORY = "INSERT INTO call_history (call_id, started_at, outcome, from_number, "
      + "emergency, verify_tried, verify_passed, search_text) VALUES (:id, :startedAt, :outcome, :from, "
      + ":emergency, :tried, :passed, :searchText)";
  static final String INSERT_INTENT =
      "INSERT INTO call_intents (call_id, intent, started_at) VALUES (:id, :intent, :startedAt)";
  private static final int SEARCH_TEXT_MAX = 4000;

  private HistoryRows() {}

  /** Replaces the history rows of a call whose {@code calls} row was just written. */
  static void write(Handle h, CallRecord r) {
    h.createUpdate("DELETE FROM call_intents WHERE call_id = :id").bind("id", r.id().value()).execute();
    h.createUpdate("DELETE FROM call_history WHERE call_id = :id").bind("id", r.id().value()).execute();
    bindHistory(h.createUpdate(INSERT_HISTORY), r).execute();
    PreparedBatch intents = h.prepareBatch(INSERT_INTENT);
    addIntents(intents, r);
    if (intents.size() > 0) {
      intents.execute();
    }
  }

  static <S extends SqlStatement<S>> S bindHistory(S statement, CallRecord r) {
    return statement.bind("id", r.id().value()).bind("startedAt", Sql.time(r.startedAt()))
        .bind("outcome", r.outcome().map(Outcome::name).orElse(null))
        .bind("from", r.from().map(PhoneNumber::e164).orElse(null))
        .bind("emergency", r.intents().contains(Intent.EMERGENCY)
            || r.outcome().equals(Optional.of(Outcome.EMERGENCY)))
        .bind("tried", r.actions().stream().anyMatch(HistoryRows::identityCheck))
        .bind("passed", r.actions().stream().anyMatch(a -> identityCheck(a) && a.ok()))
        .bind("searchText", searchText(r));
  }

  private static boolean identityCheck(CallAction a) {
    return a.kind().equals(CallAction.VERIFY_IDENTITY);
  }

  /** Adds one {@link #INSERT_INTENT} row per distinct intent of the call. */
  static void addIntents(PreparedBatch batch, CallRecord r) {
    for (Intent intent : r.intents().stream().distinct().toList()) {
      batch.bind("id", r.id().value()).bind("intent", intent.name()).bind("startedAt", Sql.time(r.startedAt()))
          .add();
    }
  }

  /** What a text search looks in: number, tenant id and summary, lowercased here so every database agrees. */
  static String searchText(CallRecord r) {
    String text = r.from().map(PhoneNumber::e164).orElse("") + "\n" + r.tenantId().orElse("") + "\n" + r.summary();
    return Sql.truncate(text.toLowerCase(Locale.ROOT), SEARCH_TEXT_MAX);
  }
}
