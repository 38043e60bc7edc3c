package app.chris.core.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Aggregates over a time range for the dashboard's analytics page. Day and hour buckets are in the company's
 * time zone; days without calls are absent. {@code intents} counts calls carrying each intent, {@code outcomes}
 * calls per outcome (calls without one are left out), {@code emergencies} calls with the emergency intent or
 * outcome. A verification attempt is a call with a {@link CallAction#VERIFY_IDENTITY} action; it is verified
 * when one of them passed. Turn figures cover the {@link TurnMetric}s recorded in the range; latency is speech
 * end to first audio where known, else first token, and percentiles are nearest-rank (a measured value).
 */
public record CallAnalytics(
    long calls,
    Map<LocalDate, Long> callsPerDay,
    List<Long> callsPerHour,
    Map<Intent, Long> intents,
    Map<Outcome, Long> outcomes,
    long emergencies,
    long verificationAttempts,
    long verified,
    Latency latency,
    Map<String, Long> modelTurns,
    long escalatedTurns) {

  public CallAnalytics {
    Objects.requireNonNull(callsPerDay, "callsPerDay");
    callsPerHour = List.copyOf(callsPerHour);
    if (callsPerHour.size() != 24) {
      throw new IllegalArgumentException("callsPerHour needs 24 buckets");
    }
    Objects.requireNonNull(intents, "intents");
    Objects.requireNonNull(outcomes, "outcomes");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(modelTurns, "modelTurns");
  }

  /** Share of calls that tried verification and passed, 0..1 (0 when none tried). */
  public double verificationRate() {
    return verificationAttempts == 0 ? 0 : (double) verified / verificationAttempts;
  }

  /** Turn latency percentiles in milliseconds over {@code turns} turns. */
  public record Latency(long turns, long p50, long p90, long p99, long max) {}
}
