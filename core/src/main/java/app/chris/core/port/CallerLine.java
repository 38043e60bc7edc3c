package app.chris.core.port;

/**
 * The caller's phone line. Non-blocking and thread-safe: audio is queued for the caller in order; {@link #mark}
 * asks the line to report back (via the session) when playback reaches that point; {@link #clearPlayback} drops
 * everything queued at once (barge-in).
 */
public interface CallerLine {
  void play(AudioFrame frame);

  void mark(String name);

  void clearPlayback();

  /** Connects the caller to a person; {@code whisper} is said to that person first (warm transfer). */
  void transfer(PhoneNumber to, String whisper);

  void hangUp();
}
