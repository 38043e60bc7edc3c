package app.chris.adapters.elevenlabs;

import app.chris.core.port.PortException;

/** What a socket context reports to its utterance; called on OkHttp's socket thread, never under a socket lock. */
interface ContextListener {
  void audio(byte[] mulaw);

  /** isFinal after the context was flushed and closed: all its audio has arrived. */
  void finished();

  /** The socket failed or closed; {@code opened} tells a refused handshake from a dropped connection. */
  void lost(PortException why, boolean opened);
}
