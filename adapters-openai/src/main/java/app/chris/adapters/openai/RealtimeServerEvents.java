package app.chris.adapters.openai;

import app.chris.core.port.RealtimeEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps Realtime server events to core {@link RealtimeEvent}s. GA names first; the retired beta names are still
 * understood, as the reference advises. Session, error and lifecycle events are handled by the session itself.
 */
final class RealtimeServerEvents {
  /** Fields an event must carry to be understood; other event types are not checked (and mostly unused). */
  private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
      Map.entry("error", List.of("error")),
      Map.entry("conversation.item.input_audio_transcription.delta", List.of("delta")),
      Map.entry("conversation.item.input_audio_transcription.completed", List.of("transcript")),
      Map.entry("response.output_text.delta", List.of("response_id", "delta")),
      Map.entry("response.text.delta", List.of("response_id", "delta")),
      Map.entry("response.output_audio_transcript.delta", List.of("response_id", "delta")),
      Map.entry("response.audio_transcript.delta", List.of("response_id", "delta")),
      Map.entry("response.function_call_arguments.done", List.of("call_id", "name", "arguments")),
      Map.entry("response.done", List.of("response")));
  private final ToolArguments arguments;

  RealtimeServerEvents(ToolArguments arguments) {
    this.arguments = arguments;
  }

  /** An object with a {@code type}, and the fields its type needs. */
  boolean wellFormed(JsonNode event) {
    if (!event.isObject() || !event.path("type").isTextual()) {
      return false;
    }
    return REQUIRED.getOrDefault(event.get("type").asText(), List.of()).stream()
        .allMatch(field -> event.hasNonNull(field));
  }

  Optional<RealtimeEvent> map(JsonNode event) {
    String type = event.path("type").asText("");
    switch (type) {
      case "input_audio_buffer.speech_started":
        return Optional.of(new RealtimeEvent.SpeechStarted(event.path("audio_start_ms").asLong()));
      case "input_audio_buffer.speech_stopped":
        return Optional.of(new RealtimeEvent.SpeechStopped(event.path("audio_end_ms").asLong()));
      case "conversation.item.input_audio_transcription.delta":
        return Optional.of(new RealtimeEvent.Transcript(event.path("delta").asText(""), false));
      case "conversation.item.input_audio_transcription.completed":
        return Optional.of(new RealtimeEvent.Transcript(event.path("transcript").asText(""), true));
      case "response.output_text.delta":
      case "response.text.delta":
      case "response.output_audio_transcript.delta":
      case "response.audio_transcript.delta":
        return Optional.of(new RealtimeEvent.TextDelta(responseId(event), event.path("delta").asText("")));
      case "response.function_call_arguments.done":
        return Optional.of(new RealtimeEvent.ToolRequested(arguments.toCall(
            event.path("call_id").asText(""), event.path("name").asText(""), event.path("arguments").asText(""))));
      case "response.done":
        return Optional.of(new RealtimeEvent.ResponseDone(event.path("response").path("id").asText("")));
      default:
        return Optional.empty();
    }
  }

  private static String responseId(JsonNode event) {
    return event.path("response_id").asText("");
  }
}
