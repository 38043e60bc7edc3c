package app.chris.core.voice;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The on-disk form of one cached phrase: a magic tag, the voice and text it was made from (so a file can be
 * checked against its name), the mu-law audio and a CRC32 over all of it. Any mu-law byte is valid audio, so
 * without the checksum a truncated or overwritten file would play as noise. Stateless.
 */
final class PhraseFile {
  private static final byte[] MAGIC = "CHRISPH1".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_LABEL_BYTES = 16_384;

  private PhraseFile() {}

  /** A phrase as read back from a file whose checksum matched. */
  record Entry(String voice, String text, byte[] mulaw) {}

  static byte[] encode(String voice, String text, byte[] mulaw) {
    byte[] voiceBytes = voice.getBytes(StandardCharsets.UTF_8);
    byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(mulaw.length + textBytes.length + 64);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeInt(voiceBytes.length);
      out.write(voiceBytes);
      out.writeInt(textBytes.length);
      out.write(textBytes);
      out.writeInt(mulaw.length);
      out.write(mulaw);
      out.writeLong(checksum(voiceBytes, textBytes, mulaw));
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory stream cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /** The phrase in {@code file}; empty when the bytes are not a whole, intact phrase file. */
  static Optional<Entry> decode(byte[] file) {
    try {
      ByteBuffer in = ByteBuffer.wrap(file);
      byte[] magic = new byte[MAGIC.length];
      in.get(magic);
      if (!java.util.Arrays.equals(magic, MAGIC)) {
        return Optional.empty();
      }
      byte[] voice = chunk(in, MAX_LABEL_BYTES);
      byte[] text = chunk(in, MAX_LABEL_BYTES);
      byte[] mulaw = chunk(in, Integer.MAX_VALUE);
      long sum = in.getLong();
      if (in.hasRemaining() || mulaw.length == 0 || sum != checksum(voice, text, mulaw)) {
        return Optional.empty();
      }
      return Optional.of(new Entry(new String(voice, StandardCharsets.UTF_8), new String(text,
          StandardCharsets.UTF_8), mulaw));
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      return Optional.empty(); // truncated, or a length that runs past the end
    }
  }

  private static byte[] chunk(ByteBuffer in, int max) {
    int length = in.getInt();
    if (length < 0 || length > max || length > in.remaining()) {
      throw new IllegalArgumentException("bad length " + length);
    }
    byte[] out = new byte[length];
    in.get(out);
    return out;
  }

  private static long checksum(byte[] voice, byte[] text, byte[] mulaw) {
    CRC32 crc = new CRC32();
    crc.update(voice);
    crc.update(text);
    crc.update(mulaw);
    return crc.getValue();
  }
}
