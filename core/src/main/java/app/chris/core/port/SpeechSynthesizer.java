package app.chris.core.port;

/**
 * Chris's voice: streaming text-to-speech into phone-line mu-law. {@link #begin} returns at once; audio flows to
 * the sink on the synthesizer's threads. Thread-safe; one synthesizer serves many calls.
 */
public interface SpeechSynthesizer {
  Utterance begin(AudioSink sink);
}
