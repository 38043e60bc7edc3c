package app.chris.core.voice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names of phrases: 32 hex digits (128 bits of SHA-256) over the voice (host, voice, model, format) and the stripped
 * text. The phrase cache's file names, and the same on every instance with the same voice. Stateless.
 */
public final class PhraseKeys {
  private PhraseKeys() {}

  /** The name of {@code text} said by {@code voice}. */
  public static String of(String voice, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest((voice + "\n" + text.strip()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
