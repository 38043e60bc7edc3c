package app.chris.testkit.twilio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON text frames Twilio sends on one bidirectional Media Stream, in Twilio's exact shapes (sequence
 * numbers, chunks and timestamps as strings). Keeps the running sequence/chunk/timestamp like Twilio does.
 * Thread-safe (synchronized); one instance per simulated stream.
 */
public final class TwilioMediaFrames {
  private final ObjectMapper mapper = new ObjectMapper();
  private final String streamSid;
  private final String callSid;
  private final String accountSid;
  private long sequence;
  private long chunk;
  private long timestampMillis;

  public TwilioMediaFrames(String streamSid, String callSid, String accountSid) {
    this.streamSid = Objects.requireNonNull(streamSid, "streamSid");
    this.callSid = Objects.requireNonNull(callSid, "callSid");
    this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
  }

  public synchronized String connected() {
    return mapper.createObjectNode().put("event", "connected").put("protocol", "Call").put("version", "1.0.0")
        .toString();
  }

  /** The {@code start} frame; {@code customParameters} are the TwiML {@code <Parameter>}s (e.g. the token). */
  public synchronized String start(Map<String, String> customParameters) {
    ObjectNode root = envelope("start");
    ObjectNode start = root.putObject("start");
    start.put("streamSid", streamSid).put("accountSid", accountSid).put("callSid", callSid);
    start.putArray("tracks").add("inbound");
    ObjectNode params = start.putObject("customParameters");
    customParameters.forEach(params::put);
    start.putObject("mediaFormat").put("encoding", "audio/x-mulaw").put("sampleRate", 8000).put("channels", 1);
    return root.toString();
  }

  /** Caller audio; chunk and timestamp advance as Twilio's would (1 ms per 8 bytes). */
  public synchronized String media(byte[] mulaw) {
    ObjectNode root = envelope("media");
    root.putObject("media").put("track", "inbound").put("chunk", Long.toString(++chunk))
        .put("timestamp", Long.toString(timestampMillis)).put("payload", Base64.getEncoder().encodeToString(mulaw));
    timestampMillis += mulaw.length / 8;
    return root.toString();
  }

  public synchronized String dtmf(String digit) {
    ObjectNode root = envelope("dtmf");
    root.putObject("dtmf").put("track", "inbound_track").put("digit", digit);
    return root.toString();
  }

  /** Twilio's echo of a mark we sent. */
  public synchronized String mark(String name) {
    ObjectNode root = envelope("mark");
    root.putObject("mark").put("name", name);
    return root.toString();
  }

  public synchronized String stop() {
    ObjectNode root = envelope("stop");
    root.putObject("stop").put("accountSid", accountSid).put("callSid", callSid);
    return root.toString();
  }

  private ObjectNode envelope(String event) {
    return mapper.createObjectNode().put("event", event).put("sequenceNumber", Long.toString(++sequence))
        .put("streamSid", streamSid);
  }
}
