package app.chris.core.voice;

import app.chris.core.port.AudioFrame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Re-frames a mu-law byte stream that arrives in arbitrary chunks into 160-byte (20 ms) phone-line frames; the
 * tail is padded with mu-law silence (0xFF). Not thread-safe: one framer per utterance, fed from one thread.
 */
public final class MulawFramer {
  /** Mu-law encodes zero amplitude as 0xFF. */
  public static final byte SILENCE = (byte) 0xFF;

  private final byte[] partial = new byte[AudioFrame.PHONE_FRAME_BYTES];
  private int filled;

  /** Adds bytes; returns the frames completed by them (possibly none). */
  public List<AudioFrame> push(byte[] mulaw) {
    List<AudioFrame> frames = new ArrayList<>();
    int offset = 0;
    while (offset < mulaw.length) {
      int take = Math.min(partial.length - filled, mulaw.length - offset);
      System.arraycopy(mulaw, offset, partial, filled, take);
      filled += take;
      offset += take;
      if (filled == partial.length) {
        frames.add(new AudioFrame(partial.clone()));
        filled = 0;
      }
    }
    return frames;
  }

  /** The last, partial frame padded with silence; empty when the stream ended on a frame boundary. */
  public Optional<AudioFrame> finish() {
    if (filled == 0) {
      return Optional.empty();
    }
    byte[] last = Arrays.copyOf(partial, partial.length);
    Arrays.fill(last, filled, last.length, SILENCE);
    filled = 0;
    return Optional.of(new AudioFrame(last));
  }

  /** A whole recording as frames, e.g. a cached phrase. */
  public static List<AudioFrame> frames(byte[] mulaw) {
    MulawFramer framer = new MulawFramer();
    List<AudioFrame> frames = new ArrayList<>(framer.push(mulaw));
    framer.finish().ifPresent(frames::add);
    return frames;
  }
}
