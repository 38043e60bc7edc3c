package app.chris.testkit.openai;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/** Writes scripted SSE frames one flush at a time, after an optional delay, then ends or breaks the connection. */
final class SseResponseBody implements MockResponseBody {
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
    if (!disconnect) {
      return -1; // chunked, like OpenAI
    }
    // Promise more bytes than we send, so the client sees the connection die mid-body.
    return frames.stream().mapToLong(f -> f.getBytes(StandardCharsets.UTF_8).length).sum() + 1024;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    pause();
    for (String frame : frames) {
      sink.writeUtf8(frame);
      sink.flush();
    }
    if (disconnect) {
      throw new IOException("scripted disconnect mid-stream");
    }
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
