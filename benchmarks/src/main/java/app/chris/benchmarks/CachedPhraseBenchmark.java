package app.chris.benchmarks;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.AudioSink;
import app.chris.core.port.CallerLine;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.SpeechSynthesizer;
import app.chris.core.port.Utterance;
import app.chris.core.voice.CachingSpeechSynthesizer;
import app.chris.core.voice.PhraseCache;
import app.chris.core.voice.PhraseCacheLimits;
import app.chris.core.voice.SpeechMetrics;
import app.chris.core.voice.VoiceCallOutput;
import app.chris.testkit.voice.CannedSpeechSynthesizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Chris decides to say a cached phrase (a hold phrase, 1.9 s of audio) on a voice call: the time from {@code say}
 * until every one of its 20 ms frames, and its mark, were handed to the caller's line. A cache hit plays on the
 * calling thread, so this bounds the first frame's latency from above. The phrase comes from the on-disk phrase
 * cache (read, checksum, touch); the synthesizer behind it fails if it is ever asked.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CachedPhraseBenchmark {
  static final String PHRASE = "One moment, please.";

  private VoiceCallOutput output;
  private CountingLine line;

  @Setup
  public void setUp() throws IOException {
    Path dir = Files.createTempDirectory("chris-phrase-bench");
    PhraseCache cache = new PhraseCache(dir, "bench/flash", PhraseCacheLimits.defaults());
    CannedSpeechSynthesizer canned = new CannedSpeechSynthesizer();
    cache.put(PHRASE, new byte[canned.bytesFor(PHRASE) * 10]); // ~1.9 s of mu-law
    line = new CountingLine();
    output = new VoiceCallOutput(new CachingSpeechSynthesizer(new NeverAsked(), cache, new SpeechMetrics()), line);
  }

  /** The whole phrase on the line (every frame, then its mark). */
  @Benchmark
  public int sayCachedPhrase() {
    line.reset();
    output.say(PHRASE);
    output.markPlayed(line.lastMark);
    return line.frames;
  }

  /** Counts frames and keeps the last mark; drops audio like a socket writer that is never slow. */
  private static final class CountingLine implements CallerLine {
    int frames;
    String lastMark = "";

    void reset() {
      frames = 0;
    }

    @Override
    public void play(AudioFrame frame) {
      frames++;
    }

    @Override
    public void mark(String name) {
      lastMark = name;
    }

    @Override
    public void clearPlayback() {}

    @Override
    public void transfer(PhoneNumber to, String whisper) {}

    @Override
    public void hangUp() {}
  }

  /** A voice that must not be used: the phrase is cached. */
  private static final class NeverAsked implements SpeechSynthesizer {
    @Override
    public Utterance begin(AudioSink sink) {
      throw new IllegalStateException("a cached phrase was synthesised");
    }
  }
}
