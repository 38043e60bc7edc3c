package app.chris.app.phone;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** 8 kHz mu-law as a 16-bit PCM mono WAV file, the format every {@code <Play>} accepts. */
final class MulawWav {
  static final int RATE = 8000;
  private static final int HEADER = 44;

  private MulawWav() {}

  static byte[] of(byte[] mulaw) {
    int data = mulaw.length * 2;
    ByteBuffer wav = ByteBuffer.allocate(HEADER + data).order(ByteOrder.LITTLE_ENDIAN);
    wav.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + data)
        .put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .putInt(16).putShort((short) 1).putShort((short) 1).putInt(RATE).putInt(RATE * 2)
        .putShort((short) 2).putShort((short) 16)
        .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(data);
    for (byte b : mulaw) {
      wav.putShort(linear(b));
    }
    return wav.array();
  }

  /** G.711 mu-law to 16-bit linear PCM. */
  static short linear(byte encoded) {
    int u = ~encoded & 0xFF;
    int sign = u & 0x80;
    int exponent = (u >> 4) & 0x07;
    int mantissa = u & 0x0F;
    int magnitude = (((mantissa << 3) + 0x84) << exponent) - 0x84;
    return (short) (sign != 0 ? -magnitude : magnitude);
  }
}
