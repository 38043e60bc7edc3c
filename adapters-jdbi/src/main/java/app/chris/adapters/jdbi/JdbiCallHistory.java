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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link CallHistory} over the calls written by {@link JdbiCallLog} (with their narrow {@link HistoryRows}) and
 * the {@code call_turns} table. Thread-safe. Pages are keyset pages along an index ({@link HistorySearch});
 * analytics are SQL aggregates ({@link HistoryAnalytics}).
 */
public final class JdbiCallHistory implements CallHistory {
  private static final String LISTING_COLUMNS = "id, channel, from_number, started_at, ended_at, tenant_id, "
      + "verified, intents, outcome, summary";
  private final Jdbi jdbi;

  public JdbiCallHistory(Database database) {
    this.jdbi = Objects.requireNonNull(database, "database").jdbi();
  }

  /** Two steps: the page's ids from the narrow history tables, then their list columns from {@code calls}. */
  @Override
  public CallPage search(CallQuery query) {
    Objects.requireNonNull(query, "query");
    return Failures.withHandle(jdbi, h -> {
      Optional<HistorySearch.Cursor> after = Optional.empty();
      if (query.after().isPresent()) {
        after = h.createQuery("SELECT started_at, call_id FROM call_history WHERE call_id = :id")
            .bind("id", query.after().get().value())
            .map((rs, ctx) -> new HistorySearch.Cursor(Sql.instant(rs, "started_at"), rs.getString("call_id")))
            .findOne();
        if (after.isEmpty()) {
          return new CallPage(List.of(), Optional.empty());
        }
      }
      HistorySearch search = HistorySearch.of(query, after);
      List<String> ids = search.bind(h.createQuery(search.sql())).mapTo(String.class).list();
      if (ids.isEmpty()) {
        return new CallPage(List.of(), Optional.empty());
      }
      Map<String, CallListing> listed = h.createQuery("SELECT " + LISTING_COLUMNS + " FROM calls WHERE id IN (<ids>)")
          .bindList("ids", ids).map(JdbiCallHistory::listing).stream()
          .collect(Collectors.toMap(c -> c.id().value(), c -> c));
      return CallPage.of(query, ids.stream().map(listed::get).filter(Objects::nonNull).toList());
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
