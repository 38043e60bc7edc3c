package app.chris.testkit.openai;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/**
 * Writes scripted SSE frames one flush at a time, after an optional delay. For a disconnect it promises twice the
 * frames' length, so MockWebServer's half-way socket effect closes the socket right after the last frame.
 */
final class SseResponseBody implements MockResponseBody {
  private static final String PADDING = ": bye\n";
  private final List<String> frames;
  private final Duration firstTokenDelay;
  private final boolean disconnect;

  SseResponseBody(List<String> frames, Duration firstTokenDelay, boolean disconnect) {
    this.frames = List.copyOf(frames);
    this.firstTokenDelay = firstTokenDelay;
    this.disconnect = disconnect;
  }

  @Override
  public long getContentLength() {
    // An exact length lets a stream without [DONE] still end cleanly (MockWebServer does not chunk for us).
    return disconnect ? 2 * framesLength() : framesLength();
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    pause();
    for (String frame : frames) {
      sink.writeUtf8(frame);
      sink.flush();
    }
    if (disconnect) {
      sink.writeUtf8(PADDING); // crosses the half-way mark, whichever way the trigger counts
      sink.flush();
      throw new IOException("scripted disconnect mid-stream");
    }
  }

  private long framesLength() {
    return frames.stream().mapToLong(f -> f.getBytes(StandardCharsets.UTF_8).length).sum();
  }

  private void pause() throws IOException {
    if (firstTokenDelay.isZero()) {
      return;
    }
    try {
      Thread.sleep(firstTokenDelay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
