package app.chris.adapters.twilio;

import java.util.Objects;

/** The {@code start.mediaFormat} Twilio announces; always μ-law 8000 Hz mono for Media Streams today. */
public record MediaFormat(String encoding, int sampleRate, int channels) {
  public static final MediaFormat PHONE = new MediaFormat("audio/x-mulaw", 8000, 1);

  public MediaFormat {
    Objects.requireNonNull(encoding, "encoding");
  }

  /** True for the only format Chris passes through without transcoding. */
  public boolean isPhoneMulaw() {
    return PHONE.equals(this);
  }
}
