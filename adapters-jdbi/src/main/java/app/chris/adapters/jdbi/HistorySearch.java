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
 * The SQL that finds the ids of one history page: a keyset page read backwards along one index chosen by the
 * filters (an intent: {@code call_intents_recent_idx}; else an outcome: {@code call_history_outcome_idx}; else
 * {@code call_history_recent_idx}), one id more than the limit. The index's equality column leads the ORDER BY
 * so H2, like PostgreSQL, reads the index in order instead of sorting; other filters are checked on the narrow
 * {@code call_history} rows read.
 */
final class HistorySearch {
  private final List<String> where = new ArrayList<>();
  private final Map<String, Argument> args = new LinkedHashMap<>();
  private final String sql;

  /** Where the previous page ended: its last call's start and id. */
  record Cursor(Instant startedAt, String id) {}

  private HistorySearch(CallQuery q, Optional<Cursor> after) {
    String table = "call_history h";
    String startedAt = "h.started_at";
    String id = "h.call_id";
    String leading = "";
    if (q.intent().isPresent()) {
      boolean needsHistory = q.outcome().isPresent() || q.text().isPresent();
      table = "call_intents k" + (needsHistory ? " JOIN call_history h ON h.call_id = k.call_id" : "");
      startedAt = "k.started_at";
      id = "k.call_id";
      leading = "k.intent DESC, ";
      filter("k.intent = :intent", "intent", text(q.intent().get().name()));
    } else if (q.outcome().isPresent()) {
      leading = "h.outcome DESC, ";
    }
    q.outcome().ifPresent(o -> filter("h.outcome = :outcome", "outcome", text(o.name())));
    String at = startedAt;
    q.from().ifPresent(f -> filter(at + " >= :from", "from", Sql.time(f)));
    q.to().ifPresent(t -> filter(at + " < :to", "to", Sql.time(t)));
    if (after.isPresent()) {
      filter("(" + at + ", " + id + ") < (:afterAt, :afterId)", "afterAt", Sql.time(after.get().startedAt()));
      args.put("afterId", text(after.get().id()));
    }
    q.text().ifPresent(t -> textFilter(t, q.numberDigits()));
    args.put("limit", (position, statement, ctx) -> statement.setInt(position, q.limit() + 1));
    sql = "SELECT " + id + " AS id FROM " + table + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
        + " ORDER BY " + leading + at + " DESC, " + id + " DESC LIMIT :limit";
  }

  static HistorySearch of(CallQuery query, Optional<Cursor> after) {
    return new HistorySearch(query, after);
  }

  /** Literal containment in the lowercased search text: the text's own wildcards are escaped. */
  private void textFilter(String text, Optional<String> digits) {
    filter("(h.search_text LIKE :text ESCAPE '!'" + (digits.isPresent() ? " OR h.from_number LIKE :digits" : "")
        + ")", "text", text(contains(text.toLowerCase(Locale.ROOT))));
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
