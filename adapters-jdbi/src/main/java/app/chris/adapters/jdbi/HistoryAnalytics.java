package app.chris.adapters.jdbi;

import app.chris.core.port.CallAnalytics;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The analytics queries: every figure is aggregated in SQL (GROUP BY, PERCENTILE_DISC) over the narrow history
 * tables; none reads the calls themselves.
 * Days and hours are counted per UTC quarter hour in SQL and placed in the company's zone here, because time
 * zone functions are not portable; every zone's offset is a whole number of quarter hours, so each quarter hour
 * falls in one local hour. One instance per read, on one handle.
 */
final class HistoryAnalytics {
  private static final long QUARTER_HOUR_SECONDS = 900;
  private static final String IN_RANGE = " FROM call_history WHERE started_at >= :from AND started_at < :to";
  private static final String TURNS_IN_RANGE = " FROM call_turns WHERE turn_at >= :from AND turn_at < :to";
  private static final String LATENCY = "COALESCE(first_audio_ms, first_token_ms)";

  private final Handle h;
  private final Instant from;
  private final Instant to;
  private final Map<LocalDate, Long> perDay = new TreeMap<>();
  private final List<Long> perHour = new ArrayList<>(Collections.nCopies(24, 0L));
  private final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
  private long calls;
  private long emergencies;
  private long tried;
  private long passed;

  private HistoryAnalytics(Handle h, Instant from, Instant to) {
    this.h = h;
    this.from = from;
    this.to = to;
  }

  static CallAnalytics read(Handle h, Instant from, Instant to, ZoneId zone) {
    HistoryAnalytics a = new HistoryAnalytics(h, from, to);
    a.countByQuarterHour(zone);
    a.countByOutcome();
    Map<Intent, Long> intents = new EnumMap<>(Intent.class);
    a.query("SELECT intent, COUNT(*) AS n FROM call_intents WHERE started_at >= :from AND started_at < :to "
        + "GROUP BY intent").map((rs, ctx) -> intents.put(Intent.valueOf(rs.getString("intent")), rs.getLong("n")))
        .list();
    Map<String, Long> models = new TreeMap<>();
    a.query("SELECT model, COUNT(*) AS n" + TURNS_IN_RANGE + " GROUP BY model")
        .map((rs, ctx) -> models.put(rs.getString("model"), rs.getLong("n"))).list();
    long[] turns = a.turns();
    return new CallAnalytics(a.calls, a.perDay, a.perHour, intents, a.outcomes, a.emergencies, a.tried, a.passed,
        new CallAnalytics.Latency(turns[0], turns[1], turns[2], turns[3], turns[4]), models, turns[5]);
  }

  private void countByQuarterHour(ZoneId zone) {
    String quarter = "FLOOR(EXTRACT(EPOCH FROM started_at) / " + QUARTER_HOUR_SECONDS + ")";
    query("SELECT " + quarter + " AS quarter, COUNT(*) AS n" + IN_RANGE + " GROUP BY " + quarter)
        .map((rs, ctx) -> {
          ZonedDateTime local = Instant.ofEpochSecond(rs.getLong("quarter") * QUARTER_HOUR_SECONDS).atZone(zone);
          long n = rs.getLong("n");
          perDay.merge(local.toLocalDate(), n, Long::sum);
          perHour.set(local.getHour(), perHour.get(local.getHour()) + n);
          return n;
        }).list();
  }

  /** Outcomes, and the totals summed over the outcome groups (calls without an outcome are a group too). */
  private void countByOutcome() {
    query("SELECT outcome, COUNT(*) AS n, SUM(CASE WHEN verify_tried THEN 1 ELSE 0 END) AS tried, "
        + "SUM(CASE WHEN verify_passed THEN 1 ELSE 0 END) AS passed, "
        + "SUM(CASE WHEN emergency THEN 1 ELSE 0 END) AS emergencies" + IN_RANGE + " GROUP BY outcome")
        .map((rs, ctx) -> {
          long n = rs.getLong("n");
          Sql.optionalString(rs, "outcome").ifPresent(o -> outcomes.put(Outcome.valueOf(o), n));
          calls += n;
          tried += rs.getLong("tried");
          passed += rs.getLong("passed");
          emergencies += rs.getLong("emergencies");
          return n;
        }).list();
  }

  /** Turns, p50, p90, p99, max latency and escalated turns; zeros when no turn was recorded. */
  private long[] turns() {
    return query("SELECT COUNT(*) AS n, " + percentile(0.5) + " AS p50, " + percentile(0.9) + " AS p90, "
        + percentile(0.99) + " AS p99, MAX(" + LATENCY + ") AS max_ms, "
        + "SUM(CASE WHEN escalated THEN 1 ELSE 0 END) AS escalated" + TURNS_IN_RANGE)
        .map((rs, ctx) -> new long[] {rs.getLong("n"), rs.getLong("p50"), rs.getLong("p90"), rs.getLong("p99"),
            rs.getLong("max_ms"), rs.getLong("escalated")}).one();
  }

  /** Nearest rank: PERCENTILE_DISC returns a measured value (H2 2.x and PostgreSQL both have it). */
  private static String percentile(double p) {
    return "PERCENTILE_DISC(" + p + ") WITHIN GROUP (ORDER BY " + LATENCY + ")";
  }

  private Query query(String sql) {
    return h.createQuery(sql).bind("from", Sql.time(from)).bind("to", Sql.time(to));
  }
}
