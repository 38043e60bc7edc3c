package app.chris.app.bench;

import app.chris.testkit.elevenlabs.FakeVoiceScript;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes (utterance, chunk index, send time) into the first bytes of each fake-voice chunk as it leaves the fake,
 * so the caller can time the relay through Chris and spot lost or reordered frames. Chris passes mu-law through
 * untouched and the fake's chunks are one frame each, so every frame the caller gets carries its stamp.
 */
final class FrameStamps implements FakeVoiceScript.ChunkStamp {
  /** Chunk size the fake must use: one 20 ms frame. */
  static final int FRAME_BYTES = 160;
  private static final int MAGIC = 0x43485253; // "CHRS": none of these bytes is mu-law silence (0xFF)
  private static final int LENGTH = 24;
  private final AtomicLong latest = new AtomicLong();

  /** What a frame says about itself. */
  record Stamp(long utterance, int index, long sentNanos) {}

  @Override
  public byte[] apply(long utterance, int index, byte[] chunk) {
    latest.accumulateAndGet(utterance, Math::max);
    if (chunk.length >= LENGTH) {
      ByteBuffer.wrap(chunk).putInt(MAGIC).putLong(utterance).putInt(index).putLong(System.nanoTime());
    }
    return chunk;
  }

  /** The highest utterance number stamped so far. */
  long latestUtterance() {
    return latest.get();
  }

  static Optional<Stamp> read(byte[] frame) {
    if (frame.length < LENGTH) {
      return Optional.empty();
    }
    ByteBuffer buffer = ByteBuffer.wrap(frame);
    if (buffer.getInt() != MAGIC) {
      return Optional.empty();
    }
    return Optional.of(new Stamp(buffer.getLong(), buffer.getInt(), buffer.getLong()));
  }
}
