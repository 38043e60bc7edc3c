package app.chris.adapters.twilio;

import app.chris.core.port.PhoneNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * How to hand a caller to a person: the number to dial, words said to the caller first, a whisper said to the
 * person who answers (before the bridge), and the caller id to show them (Twilio default: the caller's).
 */
public record TransferPlan(
    PhoneNumber to, Optional<String> announcement, Optional<String> whisper, Optional<PhoneNumber> callerId) {
  public TransferPlan {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(announcement, "announcement");
    Objects.requireNonNull(whisper, "whisper");
    Objects.requireNonNull(callerId, "callerId");
    announcement = announcement.filter(s -> !s.isBlank());
    whisper = whisper.filter(s -> !s.isBlank());
  }

  public static TransferPlan to(PhoneNumber to) {
    return new TransferPlan(to, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public TransferPlan withWhisper(String text) {
    return new TransferPlan(to, announcement, Optional.of(text), callerId);
  }

  public TransferPlan withAnnouncement(String text) {
    return new TransferPlan(to, Optional.of(text), whisper, callerId);
  }
}
