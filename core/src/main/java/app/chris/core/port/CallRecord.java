package app.chris.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The durable record of one call: who, when, what was said, what Chris did and how it ended. */
public record CallRecord(
    CallId id,
    Channel channel,
    Optional<PhoneNumber> from,
    Instant startedAt,
    Optional<Instant> endedAt,
    Optional<String> tenantId,
    boolean verified,
    List<Intent> intents,
    Optional<Outcome> outcome,
    String summary,
    List<TranscriptLine> transcript,
    List<CallAction> actions) {

  public CallRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(endedAt, "endedAt");
    Objects.requireNonNull(tenantId, "tenantId");
    intents = List.copyOf(intents);
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(summary, "summary");
    transcript = List.copyOf(transcript);
    actions = List.copyOf(actions);
  }

  public boolean ended() {
    return endedAt.isPresent();
  }
}
