package app.chris.adapters.twilio;

import app.chris.adapters.twilio.InboundFrame.Malformed;
import app.chris.adapters.twilio.InboundFrame.Problem;
import app.chris.core.port.AudioFrame;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Twilio Media Streams (bidirectional) wire codec. {@link #decode} never throws: oversized, invalid or unknown
 * messages come back as {@link Malformed} and are counted. Encoders emit only the schema-exact {@code media},
 * {@code mark} and {@code clear} messages. μ-law bytes pass through untouched. Thread-safe.
 */
public final class TwilioMediaCodec {
  /** Largest inbound text frame we parse; a real 20 ms media message is about 400 bytes. */
  public static final int MAX_INBOUND_BYTES = 64 * 1024;

  private final ObjectMapper mapper;
  private final MediaStreamCounters counters;

  public TwilioMediaCodec(MediaStreamCounters counters) {
    this.counters = Objects.requireNonNull(counters, "counters");
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
        .build();
    this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  public InboundFrame decode(String text) {
    InboundFrame frame = parse(text);
    if (frame instanceof Malformed) {
      counters.countMalformed(((Malformed) frame).problem());
    } else {
      counters.countDecoded();
    }
    return frame;
  }

  private InboundFrame parse(String text) {
    if (text == null) {
      return new Malformed(Problem.INVALID_JSON, "no text");
    }
    if (text.length() > MAX_INBOUND_BYTES / 3 && utf8Length(text) > MAX_INBOUND_BYTES) {
      return new Malformed(Problem.TOO_LARGE, "frame over " + MAX_INBOUND_BYTES + " bytes");
    }
    try {
      JsonNode root = mapper.readTree(text);
      if (root == null || !root.isObject()) {
        return new Malformed(Problem.INVALID_JSON, "not a JSON object");
      }
      return InboundFrameParser.parse(root);
    } catch (InboundFrameParser.FrameException e) {
      return new Malformed(e.problem(), e.getMessage());
    } catch (JsonProcessingException | RuntimeException e) {
      return new Malformed(Problem.INVALID_JSON, "invalid JSON");
    }
  }

  // A char takes at most 3 UTF-8 bytes, so short texts (every real media frame) skip the count entirely.
  private static long utf8Length(String text) {
    return text.length() > MAX_INBOUND_BYTES ? text.length() : text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** One {@code media} message carrying {@code frame} as is (any length; Twilio queues it in order). */
  public String media(String streamSid, AudioFrame frame) {
    String payload = Base64.getEncoder().encodeToString(frame.mulaw());
    return write(new OutboundJson.Media("media", requireSid(streamSid), new OutboundJson.Payload(payload)));
  }

  /** Splits {@code mulaw} into 160-byte (20 ms) {@code media} messages; the last one may be shorter. */
  public List<String> mediaFrames(String streamSid, byte[] mulaw) {
    List<String> messages = new ArrayList<>(mulaw.length / AudioFrame.PHONE_FRAME_BYTES + 1);
    for (int from = 0; from < mulaw.length; from += AudioFrame.PHONE_FRAME_BYTES) {
      int to = Math.min(mulaw.length, from + AudioFrame.PHONE_FRAME_BYTES);
      messages.add(media(streamSid, new AudioFrame(Arrays.copyOfRange(mulaw, from, to))));
    }
    return messages;
  }

  /** Asks Twilio to echo {@code name} once everything queued before it has played (or been cleared). */
  public String mark(String streamSid, String name) {
    if (Objects.requireNonNull(name, "name").isBlank()) {
      throw new IllegalArgumentException("mark name must not be blank");
    }
    return write(new OutboundJson.Mark("mark", requireSid(streamSid), new OutboundJson.Name(name)));
  }

  /** Drops all audio Twilio has queued for the caller (barge-in); pending marks are then echoed. */
  public String clear(String streamSid) {
    return write(new OutboundJson.Clear("clear", requireSid(streamSid)));
  }

  private static String requireSid(String streamSid) {
    if (Objects.requireNonNull(streamSid, "streamSid").isBlank()) {
      throw new IllegalArgumentException("streamSid must not be blank");
    }
    return streamSid;
  }

  private String write(Object message) {
    try {
      return mapper.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + message.getClass().getSimpleName(), e);
    }
  }
}
