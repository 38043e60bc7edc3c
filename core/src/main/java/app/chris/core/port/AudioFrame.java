package app.chris.core.port;

import java.util.Objects;

/** A chunk of 8 kHz G.711 mu-law audio (160 bytes = 20 ms on the phone line). The array is not copied: do not mutate. */
public record AudioFrame(byte[] mulaw) {
  public static final int PHONE_FRAME_BYTES = 160;

  public AudioFrame {
    Objects.requireNonNull(mulaw, "mulaw");
  }

  public int durationMillis() {
    return mulaw.length / 8;
  }
}
