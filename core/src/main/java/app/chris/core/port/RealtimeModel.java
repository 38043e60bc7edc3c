package app.chris.core.port;

/**
 * Opens realtime conversation sessions. {@link #open} may block while connecting (pre-warmed at the webhook) and
 * throws {@link PortException} when the provider cannot be reached. Thread-safe.
 */
public interface RealtimeModel {
  RealtimeSession open(Prompt initial, RealtimeListener listener);
}
