package app.chris.adapters.elevenlabs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

/**
 * A server message on the multi-context socket: audio for a context, its final marker, or an error. Lenient like
 * LiveKit: accepts {@code contextId} or {@code context_id}, {@code isFinal} or {@code is_final}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ServerMessageJson(
    String audio,
    Boolean isFinal,
    @JsonProperty("is_final") Boolean isFinalSnake,
    String contextId,
    @JsonProperty("context_id") String contextIdSnake,
    String error,
    String message) {

  /** The message, or empty for anything that is not one (bad JSON, {@code null}, an array, wrong field types). */
  static Optional<ServerMessageJson> parse(ObjectMapper json, String text) {
    try {
      return Optional.ofNullable(json.readValue(text, ServerMessageJson.class));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  Optional<String> context() {
    return Optional.ofNullable(contextId != null ? contextId : contextIdSnake);
  }

  boolean last() {
    return Boolean.TRUE.equals(isFinal) || Boolean.TRUE.equals(isFinalSnake);
  }

  Optional<String> audioBase64() {
    return audio == null || audio.isEmpty() ? Optional.empty() : Optional.of(audio);
  }

  /** The decoded audio; empty when absent or not valid base64 (skipped, so one bad chunk never kills the socket). */
  Optional<byte[]> audioBytes() {
    try {
      return audioBase64().map(Base64.getDecoder()::decode);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Carries audio that cannot be decoded. */
  boolean badAudio() {
    return audioBase64().isPresent() && audioBytes().isEmpty();
  }

  Optional<String> errorCode() {
    return Optional.ofNullable(error);
  }
}
