package app.chris.core.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A filter over call history for the dashboard: every field is optional (empty matches all). {@code from} is
 * inclusive and {@code to} exclusive, on the call's start. {@code text} is found (case-insensitively, literally:
 * no wildcards) in the caller's number, the tenant id or the summary; text written like a phone number also
 * matches by its digits ({@link #numberDigits()}). Pages are keyset-based: {@code after} is the last call of the
 * previous page, in newest-first order.
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
  private static final Pattern PHONE_LIKE = Pattern.compile("[+0-9 ().-]+");

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

  /**
   * The digits of {@code text} when it is written like (part of) a phone number, so "(217) 555-0101" finds
   * +12175550101: only digits and + ( ) - . and spaces, with at least three digits.
   */
  public Optional<String> numberDigits() {
    return text.filter(t -> PHONE_LIKE.matcher(t).matches()).map(t -> t.replaceAll("[^0-9]", ""))
        .filter(d -> d.length() >= 3);
  }

  public CallQuery after(CallId last) {
    return new CallQuery(from, to, text, intent, outcome, Optional.of(last), limit);
  }
}
