package app.chris.adapters.elevenlabs;

/** Where an utterance's sentences go: a socket context, or HTTP streaming when the socket cannot be opened. */
interface Route {
  void speak(String sentence);

  /** No more sentences; the route reports completion to its listener. */
  void finish();

  /** Stop now; nothing more reaches the listener. */
  void cancel();

  /** No audio came in time: stop, and do not trust this path with new utterances. */
  default void stalled() {
    cancel();
  }
}
