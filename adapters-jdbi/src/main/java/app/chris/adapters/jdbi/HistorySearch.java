package app.chris.adapters.jdbi;

import app.chris.core.port.CallQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.Query;

/**
 * The SQL of one history page: a keyset page read backwards along one index chosen by the filters (an intent:
 * {@code call_intents_recent_idx}; else an outcome: {@code calls_outcome_idx}; else {@code calls_recent_idx}).
 * The index's equality column leads the ORDER BY so H2, like PostgreSQL, reads the index in order instead of
 * sorting; the other filters are checked on the rows read. Fetches one call more than the limit.
 */
final class HistorySearch {
  static final String LISTING_COLUMNS = "c.id, c.channel, c.from_number, c.started_at, c.ended_at, c.tenant_id, "
      + "c.verified, c.intents, c.outcome, c.summary";

  private final List<String> where = new ArrayList<>();
  private final Map<String, Argument> args = new LinkedHashMap<>();
  private final String sql;

  /** Where the previous page ended: its last call's start and id. */
  record Cursor(Instant startedAt, String id) {}

  private HistorySearch(CallQuery q, Optional<Cursor> after) {
    String table = "calls c";
    String startedAt = "c.started_at";
    String id = "c.id";
    String leading = "";
    if (q.intent().isPresent()) {
      table = "call_intents k JOIN calls c ON c.id = k.call_id";
      startedAt = "k.started_at";
      id = "k.call_id";
      leading = "k.intent DESC, ";
      filter("k.intent = :intent", "intent", text(q.intent().get().name()));
    } else if (q.outcome().isPresent()) {
      leading = "c.outcome DESC, ";
    }
    q.outcome().ifPresent(o -> filter("c.outcome = :outcome", "outcome", text(o.name())));
    String at = startedAt;
    q.from().ifPresent(f -> filter(at + " >= :from", "from", Sql.time(f)));
    q.to().ifPresent(t -> filter(at + " < :to", "to", Sql.time(t)));
    if (after.isPresent()) {
      filter("(" + at + ", " + id + ") < (:afterAt, :afterId)", "afterAt", Sql.time(after.get().startedAt()));
      args.put("afterId", text(after.get().id()));
    }
    q.text().ifPresent(t -> textFilter(t, q.numberDigits()));
    args.put("limit", (position, statement, ctx) -> statement.setInt(position, q.limit() + 1));
    sql = "SELECT " + LISTING_COLUMNS + " FROM " + table + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ",
        where)) + " ORDER BY " + leading + at + " DESC, " + id + " DESC LIMIT :limit";
  }

  static HistorySearch of(CallQuery query, Optional<Cursor> after) {
    return new HistorySearch(query, after);
  }

  /** Case-insensitive, literal containment: LOWER(...) LIKE with the wildcards in the text escaped. */
  private void textFilter(String text, Optional<String> digits) {
    String match = "(LOWER(c.summary) LIKE :text ESCAPE '!' OR LOWER(c.tenant_id) LIKE :text ESCAPE '!' "
        + "OR c.from_number LIKE :text ESCAPE '!'" + (digits.isPresent() ? " OR c.from_number LIKE :digits" : "")
        + ")";
    filter(match, "text", text(contains(text.toLowerCase(Locale.ROOT))));
    digits.ifPresent(d -> args.put("digits", text(contains(d))));
  }

  private static String contains(String literal) {
    return "%" + literal.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }

  private void filter(String condition, String name, Argument value) {
    where.add(condition);
    args.put(name, value);
  }

  private static Argument text(String value) {
    return (position, statement, ctx) -> statement.setString(position, value);
  }

  String sql() {
    return sql;
  }

  Query bind(Query query) {
    args.forEach(query::bind);
    return query;
  }
}
