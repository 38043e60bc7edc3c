package app.chris.testkit.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * One connection to {@link FakeRealtimeServer}: GA server events with OpenAI's field names, the effective
 * turn-detection configuration (the last one sent), and the client events it received. Thread-safe.
 */
final class FakeRealtimeSession extends WebSocketListener {
  private final ObjectMapper json;
  private final String id;
  private final List<JsonNode> received = new CopyOnWriteArrayList<>();
  private final AtomicReference<WebSocket> socket = new AtomicReference<>();
  private final AtomicReference<JsonNode> turnDetection;
  private final AtomicInteger events = new AtomicInteger();
  private final AtomicInteger items = new AtomicInteger();
  private final AtomicInteger responses = new AtomicInteger();
  private final AtomicInteger audioMillis = new AtomicInteger();
  private final AtomicInteger appends = new AtomicInteger();
  private final boolean keepAudio;

  FakeRealtimeSession(ObjectMapper json, String id, boolean keepAudio) {
    this.json = json;
    this.id = id;
    this.keepAudio = keepAudio;
    this.turnDetection = new AtomicReference<>(json.createObjectNode().put("type", "server_vad"));
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    socket.set(webSocket);
    webSocket.send(event("session.created").set("session", json.createObjectNode().put("id", id)).toString());
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    JsonNode event;
    try {
      event = json.readTree(text);
    } catch (IOException e) {
      return;
    }
    String type = event.path("type").asText();
    if (keepAudio || !type.equals("input_audio_buffer.append")) {
      received.add(event);
    }
    if (type.equals("session.update")) {
      JsonNode detection = event.path("session").path("audio").path("input").path("turn_detection");
      if (detection.isObject()) {
        turnDetection.set(detection);
      }
      webSocket.send(event("session.updated").set("session", event.path("session")).toString());
    } else if (type.equals("input_audio_buffer.append")) {
      audioMillis.addAndGet(event.path("audio").asText("").length() * 3 / 4 / 8);
      appends.incrementAndGet();
    }
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(1000, null);
  }

  List<JsonNode> received() {
    return List.copyOf(received);
  }

  int appends() {
    return appends.get();
  }

  int autoResponses() {
    return responses.get();
  }

  void send(String event) {
    WebSocket current = socket.get();
    if (current == null) {
      throw new IllegalStateException("realtime session " + id + " is not open yet");
    }
    current.send(event);
  }

  void callerSays(String transcript) {
    String item = "item_" + id + "_" + items.incrementAndGet();
    int now = audioMillis.get();
    send(event("input_audio_buffer.speech_started").put("audio_start_ms", now).put("item_id", item).toString());
    send(event("input_audio_buffer.speech_stopped").put("audio_end_ms", now + 1500).put("item_id", item).toString());
    send(event("input_audio_buffer.committed").put("previous_item_id", (String) null).put("item_id", item).toString());
    send(event("conversation.item.input_audio_transcription.completed").put("item_id", item)
        .put("content_index", 0).put("transcript", transcript).toString());
    if (turnDetection.get().path("create_response").asBoolean(true)) {
      autoRespond();
    }
  }

  void expire() {
    ObjectNode error = event("error");
    error.putObject("error").put("type", "invalid_request_error").put("code", "session_expired")
        .put("message", "Your session hit the maximum duration of 60 minutes.").putNull("param").putNull("event_id");
    send(error.toString());
    socket.get().close(1000, "session expired");
  }

  void closeWith(int code, String reason) {
    WebSocket current = socket.get();
    if (current != null) {
      current.close(code, reason);
    }
  }

  void drop() {
    closeWith(1011, "internal server error");
  }

  private void autoRespond() {
    String response = "resp_" + id + "_" + responses.incrementAndGet();
    send(event("response.created").set("response", json.createObjectNode().put("id", response)
        .put("status", "in_progress")).toString());
    send(event("response.output_text.delta").put("response_id", response).put("item_id", "msg_" + response)
        .put("output_index", 0).put("content_index", 0).put("delta", "Sure, I can help with that.").toString());
    send(event("response.done").set("response", json.createObjectNode().put("id", response)
        .put("status", "completed")).toString());
  }

  private ObjectNode event(String type) {
    return json.createObjectNode().put("type", type).put("event_id", "event_" + id + "_" + events.incrementAndGet());
  }
}
