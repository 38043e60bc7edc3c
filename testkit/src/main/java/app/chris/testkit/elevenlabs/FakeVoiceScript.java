package app.chris.testkit.elevenlabs;

import java.time.Duration;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** What the fake does: audio pacing and the scripted HTTP failures still to hand out. Thread-safe. */
public final class FakeVoiceScript {
  private volatile int bytesPerCharacter = FakeVoiceAudio.DEFAULT_BYTES_PER_CHARACTER;
  private volatile int chunkBytes = 1_000;
  private volatile Duration firstByteDelay = Duration.ZERO;
  private volatile Duration chunkInterval = Duration.ZERO;
  private volatile boolean lateAudioAfterClose;
  private volatile boolean concurrent;
  private volatile ChunkStamp stamp = (utterance, index, chunk) -> chunk;
  private final Queue<HttpFailure> handshakeFailures = new ConcurrentLinkedQueue<>();
  private final Queue<HttpFailure> streamFailures = new ConcurrentLinkedQueue<>();

  /** A scripted HTTP answer: status and body. */
  public record HttpFailure(int status, String body) {}

  /** Rewrites each audio chunk just before it is sent (the load benchmark stamps the send time into it). */
  @FunctionalInterface
  public interface ChunkStamp {
    byte[] apply(long utterance, int index, byte[] chunk);
  }

  public FakeVoiceScript bytesPerCharacter(int bytes) {
    this.bytesPerCharacter = bytes;
    return this;
  }

  /** Audio chunk size on the wire; deliberately not a multiple of 160 by default. */
  public FakeVoiceScript chunkBytes(int bytes) {
    this.chunkBytes = bytes;
    return this;
  }

  public FakeVoiceScript firstByteDelay(Duration delay) {
    this.firstByteDelay = delay;
    return this;
  }

  /** Pause between audio chunks, so audio is still streaming when a test barges in. */
  public FakeVoiceScript chunkInterval(Duration interval) {
    this.chunkInterval = interval;
    return this;
  }

  /** After close_context, one more chunk of the closed context still arrives (as in-flight audio would). */
  public FakeVoiceScript lateAudioAfterClose(boolean late) {
    this.lateAudioAfterClose = late;
    return this;
  }

  /**
   * Utterances wait their first-byte delay side by side, as ElevenLabs' do, instead of one after another on one
   * thread (the default, which tests rely on for ordering); chunks follow each other at the chunk interval.
   */
  public FakeVoiceScript concurrent(boolean sideBySide) {
    this.concurrent = sideBySide;
    return this;
  }

  public FakeVoiceScript stamp(ChunkStamp chunkStamp) {
    this.stamp = chunkStamp;
    return this;
  }

  /** The next WebSocket handshake is refused with this status and body (repeat the call for more). */
  public FakeVoiceScript refuseHandshake(int status, String body) {
    handshakeFailures.add(new HttpFailure(status, body));
    return this;
  }

  /** The next HTTP stream request fails with this status and body (repeat the call for more). */
  public FakeVoiceScript failStream(int status, String body) {
    streamFailures.add(new HttpFailure(status, body));
    return this;
  }

  int bytesPerCharacter() {
    return bytesPerCharacter;
  }

  int chunkBytes() {
    return chunkBytes;
  }

  Duration firstByteDelay() {
    return firstByteDelay;
  }

  Duration chunkInterval() {
    return chunkInterval;
  }

  boolean lateAudioAfterClose() {
    return lateAudioAfterClose;
  }

  boolean concurrent() {
    return concurrent;
  }

  ChunkStamp stamp() {
    return stamp;
  }

  Optional<HttpFailure> nextHandshakeFailure() {
    return Optional.ofNullable(handshakeFailures.poll());
  }

  Optional<HttpFailure> nextStreamFailure() {
    return Optional.ofNullable(streamFailures.poll());
  }
}
