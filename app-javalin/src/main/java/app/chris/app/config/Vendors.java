package app.chris.app.config;

import java.util.Objects;
import java.util.Optional;

/** The optional vendor accounts; an empty one means that adapter runs in its offline default. */
public record Vendors(
    Optional<TwilioSettings> twilio,
    Optional<OpenAiSettings> openAi,
    Optional<XaiSettings> xai,
    Optional<ElevenLabsSettings> elevenLabs,
    Optional<RentManagerSettings> rentManager,
    Optional<SendGridSettings> sendGrid) {

  public Vendors {
    Objects.requireNonNull(twilio, "twilio");
    Objects.requireNonNull(openAi, "openAi");
    Objects.requireNonNull(xai, "xai");
    Objects.requireNonNull(elevenLabs, "elevenLabs");
    Objects.requireNonNull(rentManager, "rentManager");
    Objects.requireNonNull(sendGrid, "sendGrid");
  }

  /** No vendor configured: the embedded default. */
  public static Vendors none() {
    return new Vendors(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }
}
