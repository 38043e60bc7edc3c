package app.chris.adapters.elevenlabs;

import app.chris.core.voice.SpeechMetrics;

/** How an utterance reaches ElevenLabs: a socket context from the pool, or an HTTP route; plus metrics. */
record VoicePaths(ConnectionPool pool, HttpDeps http, SpeechMetrics metrics) {
  /** The socket, unless one was refused moments ago (then HTTP, without paying another failed handshake). */
  Route first(ContextListener listener) {
    return pool.coolingDown() ? http(listener) : socket(listener);
  }

  Route socket(ContextListener listener) {
    return pool.attach(listener);
  }

  Route http(ContextListener listener) {
    return new HttpRoute(http, listener);
  }
}
