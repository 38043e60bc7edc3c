package app.chris.core.port;

/** Receives synthesized audio as it streams. Called on the synthesizer's thread; must not block for long. */
public interface AudioSink {
  void audio(AudioFrame frame);

  /** The utterance is fully delivered. */
  void done();

  /** Synthesis failed; no more audio will come for this utterance. */
  void failed(PortException failure);
}
