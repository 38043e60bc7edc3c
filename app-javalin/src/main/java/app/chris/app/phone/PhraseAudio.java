package app.chris.app.phone;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.AudioSink;
import app.chris.core.port.PortException;
import app.chris.core.port.SpeechSynthesizer;
import app.chris.core.port.Utterance;
import app.chris.core.voice.CachingSpeechSynthesizer;
import app.chris.core.voice.PhraseKeys;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chris's voice as files Twilio can {@code <Play>}. A line's id names the line itself: the phrase cache's key (hash
 * of voice, model and text, {@link PhraseKeys}), the same on every instance with the same voice. Why: Twilio may
 * fetch a link from any instance behind the line, and an id can only be served where its text is known. So an
 * instance serves the lines it made (the most recent {@link #KEPT}), and any of the {@code known} lines, which every
 * instance has (the fixed lines it warms, the gather flow's own), by saying it through its phrase-cached voice: at
 * once when cached, else synthesised within {@code patience}. A line made of one caller's words (an address read
 * back) stays with the instance that made it: its text is nowhere else. Thread-safe.
 */
final class PhraseAudio {
  static final int KEPT = 256;
  private static final Logger log = LoggerFactory.getLogger(PhraseAudio.class);
  private final Optional<SpeechSynthesizer> voice;
  private final Function<String, String> ids;
  private final Supplier<List<String>> known;
  private final Duration patience;
  private final Map<String, byte[]> wavById = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
      return size() > KEPT;
    }
  };

  PhraseAudio(Optional<SpeechSynthesizer> voice, Supplier<List<String>> known, Duration patience) {
    this.voice = voice;
    this.ids = names(voice);
    this.known = known;
    this.patience = patience;
  }

  /** The id of {@code text} in Chris's voice; empty when the voice cannot say it now (Twilio's voice then). */
  Optional<String> idFor(String text) {
    String id = ids.apply(text);
    return held(id).or(() -> make(id, text)).map(wav -> id);
  }

  /** The line named {@code id} as a WAV: made here, or a known line said now; empty when unknown or unsayable. */
  Optional<byte[]> wav(String id) {
    Optional<byte[]> held = held(id);
    if (held.isPresent()) {
      return held;
    }
    Optional<String> line = knownLine(id);
    Optional<byte[]> said = line.flatMap(text -> make(id, text));
    if (line.isPresent() && said.isEmpty()) {
      log.warn("Phrase {}: a known line the voice could not say within {} ms", id, patience.toMillis());
    }
    return said;
  }

  /** True when {@code id} names a line this instance could serve (one it made, or a known line). */
  boolean knows(String id) {
    return held(id).isPresent() || knownLine(id).isPresent();
  }

  /** A cached voice names lines by its phrase cache's key; another (a test's canned voice) alike, by a fixed label. */
  private static Function<String, String> names(Optional<SpeechSynthesizer> voice) {
    if (voice.isPresent() && voice.get() instanceof CachingSpeechSynthesizer cached) {
      return cached.cache()::key;
    }
    return text -> PhraseKeys.of("uncached", text);
  }

  private synchronized Optional<byte[]> held(String id) {
    return Optional.ofNullable(wavById.get(id));
  }

  private Optional<String> knownLine(String id) {
    return known.get().stream().filter(line -> ids.apply(line).equals(id)).findFirst();
  }

  private Optional<byte[]> make(String id, String text) {
    Optional<byte[]> wav = voice.map(v -> say(v, text)).filter(a -> a.length > 0).map(MulawWav::of);
    wav.ifPresent(audio -> {
      synchronized (this) {
        wavById.put(id, audio);
      }
    });
    return wav;
  }

  private byte[] say(SpeechSynthesizer synth, String text) {
    ByteArrayOutputStream audio = new ByteArrayOutputStream();
    CountDownLatch finished = new CountDownLatch(1);
    boolean[] failed = {false};
    Utterance utterance = synth.begin(new AudioSink() {
      @Override
      public void audio(AudioFrame frame) {
        synchronized (audio) {
          audio.writeBytes(frame.mulaw());
        }
      }

      @Override
      public void done() {
        finished.countDown();
      }

      @Override
      public void failed(PortException failure) {
        failed[0] = true;
        finished.countDown();
      }
    });
    utterance.append(text);
    utterance.end();
    try {
      if (!finished.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
        utterance.cancel();
        return new byte[0];
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new byte[0];
    }
    synchronized (audio) {
      return failed[0] ? new byte[0] : audio.toByteArray();
    }
  }
}
