package app.chris.adapters.twilio;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** One status callback ({@code POST /twilio/status}) reduced to what the call bookkeeping needs. */
public record CallStatusUpdate(
    String callSid, CallStatus status, Optional<Duration> duration, OptionalLong sequenceNumber) {
  public CallStatusUpdate {
    Objects.requireNonNull(callSid, "callSid");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(sequenceNumber, "sequenceNumber");
  }

  /** Parses the callback's form fields; empty when CallSid or CallStatus is missing. Lenient about the rest. */
  public static Optional<CallStatusUpdate> fromForm(WebhookRequest request) {
    Optional<String> sid = request.field("CallSid");
    Optional<String> status = request.field("CallStatus");
    if (sid.isEmpty() || status.isEmpty()) {
      return Optional.empty();
    }
    Optional<Duration> duration = number(request.field("CallDuration")).stream().boxed().findFirst()
        .map(Duration::ofSeconds);
    return Optional.of(new CallStatusUpdate(
        sid.get(), CallStatus.fromWire(status.get()), duration, number(request.field("SequenceNumber"))));
  }

  private static OptionalLong number(Optional<String> text) {
    try {
      return text.isPresent() ? OptionalLong.of(Long.parseLong(text.get().trim())) : OptionalLong.empty();
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
