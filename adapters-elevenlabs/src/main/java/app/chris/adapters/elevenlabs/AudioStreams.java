package app.chris.adapters.elevenlabs;

import java.io.IOException;
import java.util.function.BooleanSupplier;
import okio.Buffer;
import okio.BufferedSource;

/** Copies a streamed HTTP body to a listener chunk by chunk, as the bytes arrive. */
final class AudioStreams {
  private static final long CHUNK = 4_096;

  private AudioStreams() {}

  static void copy(BufferedSource source, ContextListener listener, BooleanSupplier stop) throws IOException {
    Buffer buffer = new Buffer();
    while (!stop.getAsBoolean()) {
      long read = source.read(buffer, CHUNK);
      if (read == -1) {
        return;
      }
      listener.audio(buffer.readByteArray());
    }
  }
}
