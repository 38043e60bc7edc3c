package app.chris.adapters.jdbi;

import app.chris.core.port.CallId;
import app.chris.core.port.OutboxEntry;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.OutboxStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Writing and reading outbox rows inside a caller's transaction (shared by the outbox, call log and desk). */
final class OutboxRows {
  static final String COLUMNS = "id, idempotency_key, call_id, payload, status, attempts, created_at, "
      + "next_attempt_at, last_error";

  private OutboxRows() {}

  /** Inserts a pending row due now unless its idempotency key exists; must run inside a transaction. */
  static void insert(Handle handle, OutboxMessage message, Instant now) {
    boolean exists = handle.createQuery("SELECT COUNT(*) FROM outbox WHERE idempotency_key = :key")
        .bind("key", message.idempotencyKey()).mapTo(Long.class).one() > 0;
    if (exists) {
      return;
    }
    // A concurrent writer may still win the race between the check and the insert: then its row stands.
    Sql.unlessDuplicate(handle, "outbox_row", () -> handle.createUpdate("INSERT INTO outbox (idempotency_key, "
            + "call_id, kind, payload, status, attempts, created_at, next_attempt_at) "
            + "VALUES (:key, :callId, :kind, :payload, 'PENDING', 0, :now, :now)")
        .bind("key", message.idempotencyKey())
        .bind("callId", message.callId().map(CallId::value).orElse(null))
        .bind("kind", EffectJson.kind(message.effect()))
        .bind("payload", EffectJson.write(message.effect()))
        .bind("now", Sql.time(now))
        .execute());
  }

  static OutboxEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
    OutboxMessage message = new OutboxMessage(rs.getString("idempotency_key"),
        Sql.optionalString(rs, "call_id").map(CallId::new), EffectJson.read(rs.getString("payload")));
    return new OutboxEntry(rs.getLong("id"), message, OutboxStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"), Sql.instant(rs, "created_at"), Sql.instant(rs, "next_attempt_at"),
        Optional.ofNullable(rs.getString("last_error")));
  }
}
