package app.chris.adapters.openai;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.ToolCall;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import okio.Buffer;
import okio.Okio;
import okio.Source;
import okio.Timeout;

/** Properties of the wire codecs: what goes out comes back unchanged, however the network slices it. */
class WirePropertiesTest {
  private final ToolArguments arguments = new ToolArguments(new ObjectMapper());

  @Property(tries = 200)
  void anyStringArguments_renderThenParse_roundTrip(
      @ForAll @Size(max = 5) Map<@StringLength(min = 1, max = 12) String, @StringLength(max = 40) String> args) {
    ToolCall call = arguments.toCall("call_1", "tool", arguments.render(args));

    assertThat(call.malformedArguments()).isEmpty();
    assertThat(call.arguments()).isEqualTo(args);
  }

  @Property(tries = 200)
  void anyEvents_readInAnySlices_comeBackInOrder(
      @ForAll @Size(max = 8) List<@StringLength(min = 1, max = 60) String> payloads,
      @ForAll @IntRange(min = 1, max = 17) int sliceBytes) throws IOException {
    List<String> singleLine = new ArrayList<>();
    StringBuilder wire = new StringBuilder(": comment\n");
    for (String payload : payloads) {
      String clean = payload.replaceAll("[\\r\\n]", " ").strip();
      if (!clean.isEmpty() && !clean.equals("[DONE]")) {
        singleLine.add(clean);
        wire.append("data: ").append(clean).append("\n\n");
      }
    }
    wire.append("data: [DONE]\n\n");
    SseReader reader = new SseReader(Okio.buffer(new Sliced(new Buffer().writeUtf8(wire.toString()), sliceBytes)));

    List<String> read = new ArrayList<>();
    for (Optional<String> data = reader.next(); data.isPresent(); data = reader.next()) {
      read.add(data.get().strip());
    }
    assertThat(read).isEqualTo(singleLine);
    assertThat(reader.sawDone()).isTrue();
  }

  /** Hands out at most {@code slice} bytes per read, like a slow network. */
  private static final class Sliced implements Source {
    private final Buffer data;
    private final int slice;

    Sliced(Buffer data, int slice) {
      this.data = data;
      this.slice = slice;
    }

    @Override
    public long read(Buffer sink, long byteCount) {
      return data.exhausted() ? -1 : data.read(sink, Math.min(byteCount, slice));
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }

    @Override
    public void close() {}
  }
}
