package app.chris.core.port;

/**
 * Chris's voice: streaming text-to-speech into phone-line mu-law. {@link #begin} returns at once; audio flows to
 * the sink on the synthesizer's threads. Thread-safe; one synthesizer serves many calls.
 */
public interface SpeechSynthesizer {
  Utterance begin(AudioSink sink);

  /**
   * Opens connections ahead of the first utterance (a call is ringing), so its audio does not wait for a
   * handshake. May block briefly; failures are left for the utterance to report. Nothing to do by default.
   */
  default void prewarm() {}
}
