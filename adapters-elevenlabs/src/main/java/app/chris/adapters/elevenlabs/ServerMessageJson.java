package app.chris.adapters.elevenlabs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
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

  Optional<String> context() {
    return Optional.ofNullable(contextId != null ? contextId : contextIdSnake);
  }

  boolean last() {
    return Boolean.TRUE.equals(isFinal) || Boolean.TRUE.equals(isFinalSnake);
  }

  Optional<String> audioBase64() {
    return audio == null || audio.isEmpty() ? Optional.empty() : Optional.of(audio);
  }

  Optional<String> errorCode() {
    return Optional.ofNullable(error);
  }
}
