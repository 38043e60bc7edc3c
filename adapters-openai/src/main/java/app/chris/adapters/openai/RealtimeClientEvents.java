package app.chris.adapters.openai;

import app.chris.core.port.Expectation;
import app.chris.core.port.Prompt;
import app.chris.core.port.ToolResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;

/**
 * Builds GA Realtime client events ({@code session.update}, {@code input_audio_buffer.append}, tool output,
 * {@code response.create/cancel}). Text out, G.711 mu-law in, server VAD. Stateless and thread-safe.
 */
final class RealtimeClientEvents {
  private final ObjectMapper json;
  private final ToolSchemas schemas;

  RealtimeClientEvents(ObjectMapper json) {
    this.json = json;
    this.schemas = new ToolSchemas(json);
  }

  /** The full configuration; the model is fixed by the URL and cannot change within a session, so it is not sent. */
  String sessionUpdate(Prompt prompt, TurnDetection detection, Expectation next) {
    ObjectNode event = event("session.update");
    ObjectNode session = event.putObject("session");
    session.put("type", "realtime").put("instructions", RealtimeInstructions.of(prompt));
    session.putArray("output_modalities").add("text"); // Chris speaks through ElevenLabs, not model audio
    ObjectNode input = session.putObject("audio").putObject("input");
    input.putObject("format").put("type", "audio/pcmu");
    input.putObject("noise_reduction").put("type", "near_field");
    input.putObject("transcription").put("model", "gpt-4o-mini-transcribe").put("language", "en");
    input.set("turn_detection", turnDetection(detection, next));
    ArrayNode tools = session.putArray("tools"); // [] clears tools on an update
    schemas.tools(prompt.tools()).forEach(tool -> tools.addObject()
        .put("type", "function").put("name", tool.function().name())
        .put("description", tool.function().description()).set("parameters", tool.function().parameters()));
    session.put("tool_choice", "auto");
    return event.toString();
  }

  /** Changes only turn detection (only the fields sent change): the silence allowed for the next answer. */
  String turnDetectionUpdate(TurnDetection detection, Expectation next) {
    ObjectNode event = event("session.update");
    ObjectNode session = event.putObject("session").put("type", "realtime");
    session.putObject("audio").putObject("input").set("turn_detection", turnDetection(detection, next));
    return event.toString();
  }

  private ObjectNode turnDetection(TurnDetection detection, Expectation next) {
    return json.createObjectNode().put("type", "server_vad").put("threshold", detection.threshold())
        .put("prefix_padding_ms", detection.prefixPaddingMillis())
        .put("silence_duration_ms", detection.silenceFor(next))
        .put("create_response", detection.createResponse())
        .put("interrupt_response", detection.createResponse());
  }

  String appendAudio(byte[] mulaw) {
    return event("input_audio_buffer.append").put("audio", Base64.getEncoder().encodeToString(mulaw)).toString();
  }

  String toolOutput(ToolResult result) {
    ObjectNode event = event("conversation.item.create");
    ObjectNode output = json.createObjectNode().put("ok", result.ok()).put("result", result.content());
    event.putObject("item").put("type", "function_call_output").put("call_id", result.callId())
        .put("output", output.toString());
    return event.toString();
  }

  String responseCreate() {
    return event("response.create").toString();
  }

  String responseCancel() {
    return event("response.cancel").toString();
  }

  private ObjectNode event(String type) {
    return json.createObjectNode().put("type", type);
  }
}
