package app.chris.core.port;

import java.time.Instant;
import java.util.Objects;

/** One utterance in a call's transcript. */
public record TranscriptLine(Speaker speaker, String text, Instant at) {
  public TranscriptLine {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(at, "at");
  }
}
