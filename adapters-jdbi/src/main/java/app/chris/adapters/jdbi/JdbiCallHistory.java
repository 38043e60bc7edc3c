package app.chris.adapters.jdbi;

import app.chris.core.port.CallAnalytics;
import app.chris.core.port.CallHistory;
import app.chris.core.port.CallId;
import app.chris.core.port.CallListing;
import app.chris.core.port.CallPage;
import app.chris.core.port.CallQuery;
import app.chris.core.port.Channel;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.TurnMetric;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link CallHistory} over the {@code calls} table written by {@link JdbiCallLog}, its {@code call_intents} and
 * the {@code call_turns} table. Thread-safe. Pages are keyset pages along an index ({@link HistorySearch});
 * analytics are SQL aggregates ({@link HistoryAnalytics}).
 */
public final class JdbiCallHistory implements CallHistory {
  private final Jdbi jdbi;

  public JdbiCallHistory(Database database) {
    this.jdbi = Objects.requireNonNull(database, "database").jdbi();
  }

  @Override
  public CallPage search(CallQuery query) {
    Objects.requireNonNull(query, "query");
    return Failures.withHandle(jdbi, h -> {
      Optional<HistorySearch.Cursor> after = Optional.empty();
      if (query.after().isPresent()) {
        after = h.createQuery("SELECT started_at, id FROM calls WHERE id = :id")
            .bind("id", query.after().get().value())
            .map((rs, ctx) -> new HistorySearch.Cursor(Sql.instant(rs, "started_at"), rs.getString("id")))
            .findOne();
        if (after.isEmpty()) {
          return new CallPage(List.of(), Optional.empty());
        }
      }
      HistorySearch search = HistorySearch.of(query, after);
      return CallPage.of(query, search.bind(h.createQuery(search.sql())).map(JdbiCallHistory::listing).list());
    });
  }

  @Override
  public CallAnalytics analytics(Instant from, Instant to, ZoneId zone) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(zone, "zone");
    return Failures.withHandle(jdbi, h -> HistoryAnalytics.read(h, from, to, zone));
  }

  @Override
  public void recordTurn(TurnMetric m) {
    Objects.requireNonNull(m, "metric");
    Failures.useHandle(jdbi, h -> h.createUpdate("INSERT INTO call_turns (call_id, turn_at, model, reason, "
            + "escalated, first_token_ms, first_audio_ms) VALUES (:callId, :at, :model, :reason, :escalated, "
            + ":firstToken, :firstAudio)")
        .bind("callId", m.callId().value()).bind("at", Sql.time(m.at()))
        .bind("model", Sql.truncate(m.model(), 200)).bind("reason", Sql.truncate(m.reason(), 500))
        .bind("escalated", m.escalated()).bind("firstToken", m.firstTokenMillis())
        .bind("firstAudio", m.firstAudioMillis().isPresent() ? Long.valueOf(m.firstAudioMillis().getAsLong()) : null)
        .execute());
  }

  private static CallListing listing(ResultSet rs, StatementContext ctx) throws SQLException {
    String intents = rs.getString("intents");
    return new CallListing(new CallId(rs.getString("id")), Channel.valueOf(rs.getString("channel")),
        Sql.optionalString(rs, "from_number").map(PhoneNumber::new), Sql.instant(rs, "started_at"),
        Sql.optionalInstant(rs, "ended_at"), Sql.optionalString(rs, "tenant_id"), rs.getBoolean("verified"),
        intents.isEmpty() ? List.of() : Arrays.stream(intents.split(",")).map(Intent::valueOf).toList(),
        Sql.optionalString(rs, "outcome").map(Outcome::valueOf), rs.getString("summary"));
  }
}
