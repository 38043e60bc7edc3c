package app.chris.adapters.jdbi;

import app.chris.core.port.CallId;
import app.chris.core.port.CallLog;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Channel;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.PhoneNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link CallLog} on the {@code calls} table. Thread-safe. {@link #save} upserts the call (with its
 * {@link HistoryRows}) and inserts its outbox rows in one transaction; transcript and actions are JSON text.
 * Newest-first lists use the started_at index.
 */
public final class JdbiCallLog implements CallLog {
  private static final String COLUMNS = "id, channel, from_number, started_at, ended_at, tenant_id, verified, "
      + "intents, outcome, summary, transcript, actions";
  private final Jdbi jdbi;
  private final Clock clock;

  public JdbiCallLog(Database database, Clock clock) {
    this.jdbi = Objects.requireNonNull(database, "database").jdbi();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void save(CallRecord record, List<OutboxMessage> effects) {
    Objects.requireNonNull(record, "record");
    List<OutboxMessage> copy = List.copyOf(effects);
    Failures.useTransaction(jdbi, h -> {
      upsert(h, record);
      HistoryRows.write(h, record);
      copy.forEach(m -> OutboxRows.insert(h, m, Sql.now(clock)));
    });
  }

  /** UPDATE, else INSERT (portable: no MERGE or ON CONFLICT); a racing insert of the same id falls back to UPDATE. */
  private static void upsert(Handle h, CallRecord r) {
    String update = "UPDATE calls SET channel = :channel, from_number = :from, started_at = :startedAt, "
        + "ended_at = :endedAt, tenant_id = :tenantId, verified = :verified, intents = :intents, outcome = :outcome, "
        + "summary = :summary, transcript = :transcript, actions = :actions WHERE id = :id";
    if (bind(h.createUpdate(update), r).execute() == 1) {
      return;
    }
    String insert = "INSERT INTO calls (" + COLUMNS + ") VALUES (:id, :channel, :from, :startedAt, :endedAt, "
        + ":tenantId, :verified, :intents, :outcome, :summary, :transcript, :actions)";
    if (Sql.unlessDuplicate(h, "call_row", () -> bind(h.createUpdate(insert), r).execute()).isEmpty()) {
      bind(h.createUpdate(update), r).execute();
    }
  }

  private static <S extends SqlStatement<S>> S bind(S statement, CallRecord r) {
    return statement.bind("id", r.id().value())
        .bind("channel", r.channel().name())
        .bind("from", r.from().map(PhoneNumber::e164).orElse(null))
        .bind("startedAt", Sql.time(r.startedAt()))
        .bind("endedAt", Sql.time(r.endedAt()))
        .bind("tenantId", r.tenantId().orElse(null))
        .bind("verified", r.verified())
        .bind("intents", r.intents().stream().map(Intent::name).collect(Collectors.joining(",")))
        .bind("outcome", r.outcome().map(Outcome::name).orElse(null))
        .bind("summary", r.summary())
        .bind("transcript", Json.write(RecordJson.transcript(r.transcript())))
        .bind("actions", Json.write(RecordJson.actions(r.actions())));
  }

  @Override
  public Optional<CallRecord> find(CallId id) {
    return Failures.withHandle(jdbi, h -> h.createQuery("SELECT " + COLUMNS + " FROM calls WHERE id = :id")
        .bind("id", id.value()).map(JdbiCallLog::map).findOne());
  }

  @Override
  public List<CallRecord> recent(int limit) {
    return Failures.withHandle(jdbi, h -> h.createQuery("SELECT " + COLUMNS
            + " FROM calls ORDER BY started_at DESC, id DESC LIMIT :limit")
        .bind("limit", Math.max(0, limit)).map(JdbiCallLog::map).list());
  }

  /** Keyset paging: a row-value comparison that both H2 and PostgreSQL answer from calls_recent_idx. */
  @Override
  public List<CallRecord> olderThan(CallId lastSeen, int limit) {
    return Failures.withHandle(jdbi, h -> h.createQuery("SELECT started_at FROM calls WHERE id = :id")
        .bind("id", lastSeen.value()).map((rs, ctx) -> Sql.instant(rs, "started_at")).findOne()
        .map(startedAt -> h.createQuery("SELECT " + COLUMNS + " FROM calls WHERE (started_at, id) < (:startedAt, :id) "
                + "ORDER BY started_at DESC, id DESC LIMIT :limit")
            .bind("startedAt", Sql.time(startedAt)).bind("id", lastSeen.value()).bind("limit", Math.max(0, limit))
            .map(JdbiCallLog::map).list())
        .orElse(List.of()));
  }

  @Override
  public List<CallRecord> unfinished(java.time.Instant startedBefore, int limit) {
    return Failures.withHandle(jdbi, h -> h.createQuery("SELECT " + COLUMNS + " FROM calls "
            + "WHERE ended_at IS NULL AND started_at < :before ORDER BY started_at, id LIMIT :limit")
        .bind("before", Sql.time(startedBefore)).bind("limit", Math.max(0, limit)).map(JdbiCallLog::map).list());
  }

  /** Matches by digits: every stored number is E.164, which is "+" and the digits, so equality suffices. */
  @Override
  public List<CallRecord> recentFrom(PhoneNumber caller, int limit) {
    return Failures.withHandle(jdbi, h -> h.createQuery("SELECT " + COLUMNS
            + " FROM calls WHERE from_number = :from ORDER BY started_at DESC, id DESC LIMIT :limit")
        .bind("from", caller.e164()).bind("limit", Math.max(0, limit)).map(JdbiCallLog::map).list());
  }

  private static CallRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
    String intents = rs.getString("intents");
    return new CallRecord(new CallId(rs.getString("id")), Channel.valueOf(rs.getString("channel")),
        Sql.optionalString(rs, "from_number").map(PhoneNumber::new), Sql.instant(rs, "started_at"),
        Sql.optionalInstant(rs, "ended_at"), Sql.optionalString(rs, "tenant_id"), rs.getBoolean("verified"),
        intents.isEmpty() ? List.of() : Arrays.stream(intents.split(",")).map(Intent::valueOf).toList(),
        Sql.optionalString(rs, "outcome").map(Outcome::valueOf), rs.getString("summary"),
        RecordJson.transcript(Json.parse(rs.getString("transcript"))),
        RecordJson.actions(Json.parse(rs.getString("actions"))));
  }
}
