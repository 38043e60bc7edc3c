package app.chris.core.port;

/** Receives a realtime session's events, in order, on the session's thread. Must not block. */
@FunctionalInterface
public interface RealtimeListener {
  void on(RealtimeEvent event);
}
