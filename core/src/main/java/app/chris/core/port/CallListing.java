package app.chris.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One row of the call history list: a call without its transcript and actions (those stay on the call page). */
public record CallListing(
    CallId id,
    Channel channel,
    Optional<PhoneNumber> from,
    Instant startedAt,
    Optional<Instant> endedAt,
    Optional<String> tenantId,
    boolean verified,
    List<Intent> intents,
    Optional<Outcome> outcome,
    String summary) {

  public CallListing {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(endedAt, "endedAt");
    Objects.requireNonNull(tenantId, "tenantId");
    intents = List.copyOf(intents);
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(summary, "summary");
  }

  public static CallListing of(CallRecord r) {
    return new CallListing(r.id(), r.channel(), r.from(), r.startedAt(), r.endedAt(), r.tenantId(), r.verified(),
        r.intents(), r.outcome(), r.summary());
  }
}
