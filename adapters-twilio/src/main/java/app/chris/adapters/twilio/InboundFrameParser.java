package app.chris.adapters.twilio;

import app.chris.adapters.twilio.InboundFrame.Problem;
import app.chris.core.port.AudioFrame;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a parsed Media Streams JSON object into an {@link InboundFrame}. Lenient where Twilio is inconsistent
 * (numbers sent as strings, unknown extra fields), strict where we depend on a field.
 */
final class InboundFrameParser {
  private InboundFrameParser() {}

  static InboundFrame parse(JsonNode root) {
    String event = text(root, "event");
    switch (event) {
      case "connected":
        return new InboundFrame.Connected(optText(root, "protocol", ""), optText(root, "version", ""));
      case "start":
        return start(root, object(root, "start"));
      case "media":
        return media(root, object(root, "media"));
      case "dtmf":
        return new InboundFrame.Dtmf(text(root, "streamSid"), text(object(root, "dtmf"), "digit"));
      case "mark":
        return new InboundFrame.Mark(text(root, "streamSid"), text(object(root, "mark"), "name"));
      case "stop":
        JsonNode stop = root.path("stop");
        return new InboundFrame.Stop(text(root, "streamSid"), optText(stop, "callSid", ""));
      default:
        throw new FrameException(Problem.UNKNOWN_EVENT, "unknown event: " + abbreviate(event));
    }
  }

  private static InboundFrame start(JsonNode root, JsonNode start) {
    String streamSid = start.hasNonNull("streamSid") ? text(start, "streamSid") : text(root, "streamSid");
    List<String> tracks = new ArrayList<>();
    start.path("tracks").forEach(t -> {
      if (t.isValueNode()) {
        tracks.add(t.asText());
      }
    });
    Map<String, String> parameters = new LinkedHashMap<>();
    start.path("customParameters").properties().forEach(e -> {
      if (e.getValue().isValueNode() && !e.getValue().isNull()) {
        parameters.put(e.getKey(), e.getValue().asText());
      }
    });
    JsonNode format = start.path("mediaFormat");
    MediaFormat mediaFormat = new MediaFormat(optText(format, "encoding", MediaFormat.PHONE.encoding()),
        (int) number(format, "sampleRate", MediaFormat.PHONE.sampleRate()),
        (int) number(format, "channels", MediaFormat.PHONE.channels()));
    return new InboundFrame.Start(streamSid, text(start, "callSid"), optText(start, "accountSid", ""), tracks,
        parameters, mediaFormat);
  }

  private static InboundFrame media(JsonNode root, JsonNode media) {
    byte[] mulaw;
    try {
      mulaw = Base64.getDecoder().decode(text(media, "payload"));
    } catch (IllegalArgumentException e) {
      throw new FrameException(Problem.BAD_BASE64, "media payload is not base64");
    }
    return new InboundFrame.Media(text(root, "streamSid"), optText(media, "track", "inbound"),
        number(media, "chunk", 0), number(media, "timestamp", 0), new AudioFrame(mulaw));
  }

  private static JsonNode object(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isObject()) {
      throw new FrameException(Problem.MISSING_FIELD, "missing object: " + field);
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode() || value.isNull()) {
      throw new FrameException(Problem.MISSING_FIELD, "missing field: " + field);
    }
    return value.asText();
  }

  private static String optText(JsonNode node, String field, String fallback) {
    JsonNode value = node.get(field);
    return value != null && value.isValueNode() && !value.isNull() ? value.asText() : fallback;
  }

  // Twilio sends chunk/timestamp/sequenceNumber as strings and sampleRate/channels as numbers; accept both.
  private static long number(JsonNode node, String field, long fallback) {
    JsonNode value = node.get(field);
    if (value != null && value.isIntegralNumber()) {
      return value.asLong();
    }
    try {
      return value != null && value.isTextual() ? Long.parseLong(value.asText().trim()) : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  /** Internal signal only: {@link TwilioMediaCodec} turns it into a {@link InboundFrame.Malformed} value. */
  static final class FrameException extends RuntimeException {
    private final Problem problem;

    FrameException(Problem problem, String message) {
      super(message, null, false, false);
      this.problem = problem;
    }

    Problem problem() {
      return problem;
    }
  }
}
