package app.chris.testkit;

import app.chris.core.port.CallAction;
import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Channel;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Speaker;
import app.chris.core.port.TranscriptLine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds call records for history tests: an ended, anonymous phone call with no intents or outcome, changed one
 * field at a time. Not thread-safe (one builder per record).
 */
public final class CallBuilder {
  private final String id;
  private final Instant startedAt;
  private Optional<PhoneNumber> from = Optional.empty();
  private Optional<String> tenantId = Optional.empty();
  private List<Intent> intents = List.of();
  private Optional<Outcome> outcome = Optional.empty();
  private String summary = "";
  private final List<CallAction> actions = new ArrayList<>();
  private boolean ended = true;

  private CallBuilder(String id, Instant startedAt) {
    this.id = id;
    this.startedAt = startedAt;
  }

  public static CallBuilder call(String id, Instant startedAt) {
    return new CallBuilder(id, startedAt);
  }

  public CallBuilder from(String e164) {
    from = Optional.of(new PhoneNumber(e164));
    return this;
  }

  public CallBuilder tenant(String id) {
    tenantId = Optional.of(id);
    return this;
  }

  public CallBuilder intents(Intent... intents) {
    this.intents = List.of(intents);
    return this;
  }

  public CallBuilder outcome(Outcome outcome) {
    this.outcome = Optional.of(outcome);
    return this;
  }

  public CallBuilder summary(String summary) {
    this.summary = summary;
    return this;
  }

  /** One identity check per argument, in order: {@code true} passed, {@code false} failed. */
  public CallBuilder identityChecks(boolean... passed) {
    for (boolean ok : passed) {
      actions.add(new CallAction(CallAction.VERIFY_IDENTITY, ok, ok ? "verified T1001" : "attempt failed",
          startedAt.plusSeconds(10 + actions.size())));
    }
    return this;
  }

  /** Still in progress: no end time. */
  public CallBuilder open() {
    ended = false;
    return this;
  }

  public CallRecord build() {
    boolean verified = actions.stream().anyMatch(a -> a.kind().equals(CallAction.VERIFY_IDENTITY) && a.ok());
    List<TranscriptLine> transcript = List.of(
        new TranscriptLine(Speaker.ASSISTANT, "Hello, this is Chris.", startedAt.plusMillis(300)));
    return new CallRecord(new CallId(id), Channel.PHONE, from, startedAt,
        ended ? Optional.of(startedAt.plus(Duration.ofSeconds(90))) : Optional.empty(), tenantId, verified,
        intents, outcome, summary, transcript, actions);
  }
}
