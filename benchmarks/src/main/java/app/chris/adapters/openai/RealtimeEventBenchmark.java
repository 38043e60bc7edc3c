package app.chris.adapters.openai;

import app.chris.core.port.RealtimeEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The ears' JSON on the hot path, as the Realtime adapter handles it: a server event parsed, checked and mapped to
 * a core event (speech started: the barge-in trigger; a final transcript: a turn), and a caller frame encoded as
 * {@code input_audio_buffer.append}. In the adapter's package to use its package-private event classes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RealtimeEventBenchmark {
  private static final String SPEECH_STARTED = "{\"type\":\"input_audio_buffer.speech_started\",\"event_id\":"
      + "\"event_B7Yw2\",\"audio_start_ms\":10240,\"item_id\":\"item_C1bY3\"}";
  private static final String TRANSCRIPT = "{\"type\":\"conversation.item.input_audio_transcription.completed\","
      + "\"event_id\":\"event_B7Yw9\",\"item_id\":\"item_C1bY3\",\"content_index\":0,\"transcript\":"
      + "\"Hi, this is Ana Ruiz at 120 Maple Court, apartment 1A. My kitchen faucet keeps dripping.\"}";

  private final ObjectMapper json = new ObjectMapper();
  private final RealtimeServerEvents events = new RealtimeServerEvents(new ToolArguments(json));
  private final RealtimeClientEvents client = new RealtimeClientEvents(json);
  private final byte[] frame = filled();

  @Benchmark
  public Optional<RealtimeEvent> speechStarted() throws Exception {
    return parse(SPEECH_STARTED);
  }

  @Benchmark
  public Optional<RealtimeEvent> transcript() throws Exception {
    return parse(TRANSCRIPT);
  }

  @Benchmark
  public String appendCallerFrame() {
    return client.appendAudio(frame);
  }

  private Optional<RealtimeEvent> parse(String text) throws Exception {
    JsonNode event = json.readTree(text);
    return events.wellFormed(event) ? events.map(event) : Optional.empty();
  }

  private static byte[] filled() {
    byte[] bytes = new byte[160];
    Arrays.fill(bytes, (byte) 0x55);
    return bytes;
  }
}
