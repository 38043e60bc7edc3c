package app.chris.app.config;

/**
 * The phone ears' turn detection (OpenAI server VAD): speech threshold, audio kept before speech, and the silence
 * that ends a caller's turn, normally and while an address, phone number or digits are expected.
 */
public record EarsSettings(double vadThreshold, int prefixPaddingMillis, int silenceMillis, int longSilenceMillis) {
  public static final double DEFAULT_THRESHOLD = 0.5;
  public static final int DEFAULT_PREFIX_PADDING_MS = 300;
  public static final int DEFAULT_SILENCE_MS = 500;
  public static final int DEFAULT_LONG_SILENCE_MS = 1200;

  public EarsSettings {
    if (!(vadThreshold > 0 && vadThreshold <= 1) || prefixPaddingMillis < 0 || silenceMillis <= 0
        || longSilenceMillis < silenceMillis) {
      throw new IllegalArgumentException("invalid turn detection: " + vadThreshold + ", " + prefixPaddingMillis
          + ", " + silenceMillis + ", " + longSilenceMillis);
    }
  }

  public static EarsSettings defaults() {
    return new EarsSettings(DEFAULT_THRESHOLD, DEFAULT_PREFIX_PADDING_MS, DEFAULT_SILENCE_MS,
        DEFAULT_LONG_SILENCE_MS);
  }
}
