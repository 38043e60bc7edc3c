package app.chris.adapters.twilio;

/** The sending half of a media-stream WebSocket (text frames). Implementations are thread-safe and non-blocking. */
@FunctionalInterface
public interface OutboundSocket {
  void send(String text);
}
