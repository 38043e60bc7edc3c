package app.chris.testkit.elevenlabs;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The fake's audio: each character becomes a run of one constant mu-law level equal to its code (60 ms per
 * character by default), so the audio lasts as long as the text and {@link #spoken} reads the text back.
 */
public final class FakeVoiceAudio {
  /** 60 ms of 8 kHz mu-law per character. */
  public static final int DEFAULT_BYTES_PER_CHARACTER = 480;

  private FakeVoiceAudio() {}

  public static byte[] of(String text, int bytesPerCharacter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (char c : text.toCharArray()) {
      byte[] run = new byte[bytesPerCharacter];
      Arrays.fill(run, (byte) Math.min(c, 0xFE)); // 0xFF is silence: padding, never a character
      out.writeBytes(run);
    }
    return out.toByteArray();
  }

  /** Reads the text back from audio the fake produced (padding silence ignored). */
  public static String spoken(byte[] audio, int bytesPerCharacter) {
    StringBuilder text = new StringBuilder();
    int run = 0;
    for (int i = 0; i < audio.length; i++) {
      if (audio[i] == (byte) 0xFF) {
        continue;
      }
      run++;
      if (run == bytesPerCharacter || i + 1 == audio.length || audio[i + 1] != audio[i]) {
        text.append((char) (audio[i] & 0xFF));
        run = 0;
      }
    }
    return text.toString();
  }
}
