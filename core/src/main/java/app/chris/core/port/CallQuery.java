package app.chris.core.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A filter over call history for the dashboard: every field is optional (empty matches all). {@code text} matches
 * the caller's number, the tenant id or the summary, case-insensitively. Pages are keyset-based: {@code after} is
 * the last call of the previous page, in newest-first order.
 */
public record CallQuery(
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<String> text,
    Optional<Intent> intent,
    Optional<Outcome> outcome,
    Optional<CallId> after,
    int limit) {

  public static final int MAX_LIMIT = 200;

  public CallQuery {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    text = Objects.requireNonNull(text, "text").map(String::strip).filter(t -> !t.isEmpty());
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(after, "after");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
    }
  }

  /** The first page of everything, {@code limit} calls. */
  public static CallQuery all(int limit) {
    return new CallQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), limit);
  }

  public CallQuery after(CallId last) {
    return new CallQuery(from, to, text, intent, outcome, Optional.of(last), limit);
  }
}
