package app.chris.adapters.openai;

import app.chris.core.port.Expectation;

/**
 * Server VAD for a Realtime session ({@code audio.input.turn_detection}): activation threshold, audio kept
 * before speech, and the silence that ends a turn, normally and while the caller gives a slow answer (address,
 * phone number, digits). {@code createResponse} false makes the session ears only: it transcribes and detects
 * turns but never answers by itself (and so has nothing for VAD to interrupt).
 */
public record TurnDetection(
    double threshold, int prefixPaddingMillis, int silenceMillis, int longSilenceMillis, boolean createResponse) {

  public TurnDetection {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    if (prefixPaddingMillis < 0) {
      throw new IllegalArgumentException("prefixPaddingMillis must not be negative: " + prefixPaddingMillis);
    }
    if (silenceMillis <= 0 || longSilenceMillis < silenceMillis) {
      throw new IllegalArgumentException(
          "need 0 < silenceMillis <= longSilenceMillis, got " + silenceMillis + " and " + longSilenceMillis);
    }
  }

  /** The reference's starting point for phone audio, with 1.2 s for slow answers; the model does not answer. */
  public static TurnDetection forEars() {
    return new TurnDetection(0.5, 300, 500, 1200, false);
  }

  /** The end-of-turn silence while waiting for this kind of answer. */
  public int silenceFor(Expectation next) {
    return next.pausesExpected() ? longSilenceMillis : silenceMillis;
  }
}
