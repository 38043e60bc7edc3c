package app.chris.testkit.elevenlabs;

import java.util.Objects;

/** One HTTP streaming request the fake received: voice, output format, API key and the JSON body's text. */
public record RecordedSynthesis(String voiceId, String outputFormat, String apiKey, String text, String body) {
  public RecordedSynthesis {
    Objects.requireNonNull(voiceId, "voiceId");
    Objects.requireNonNull(outputFormat, "outputFormat");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(body, "body");
  }
}
