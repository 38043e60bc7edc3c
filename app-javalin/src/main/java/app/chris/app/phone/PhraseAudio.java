package app.chris.app.phone;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.AudioSink;
import app.chris.core.port.PortException;
import app.chris.core.port.SpeechSynthesizer;
import app.chris.core.port.Utterance;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Chris's voice as files Twilio can {@code <Play>}: each line is synthesised once through the (phrase-cached)
 * voice and kept as a WAV under a random id, so only lines Chris minted can be fetched. The most recent
 * {@link #KEPT} lines are kept. Thread-safe.
 */
final class PhraseAudio {
  static final int KEPT = 256;
  private final Optional<SpeechSynthesizer> voice;
  private final Duration patience;
  private final Map<String, String> idsByText = lru();
  private final Map<String, byte[]> wavById = lru();

  PhraseAudio(Optional<SpeechSynthesizer> voice, Duration patience) {
    this.voice = voice;
    this.patience = patience;
  }

  /** The id of {@code text} in Chris's voice; empty when the voice cannot say it now (Twilio's voice then). */
  Optional<String> idFor(String text) {
    synchronized (this) {
      String known = idsByText.get(text);
      if (known != null && wavById.containsKey(known)) {
        return Optional.of(known);
      }
    }
    Optional<byte[]> mulaw = voice.map(v -> say(v, text));
    return mulaw.filter(a -> a.length > 0).map(audio -> {
      String id = UUID.randomUUID().toString().replace("-", "");
      synchronized (this) {
        idsByText.put(text, id);
        wavById.put(id, MulawWav.of(audio));
      }
      return id;
    });
  }

  synchronized Optional<byte[]> wav(String id) {
    return Optional.ofNullable(wavById.get(id));
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

  private static <V> Map<String, V> lru() {
    return new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > KEPT;
      }
    };
  }
}
