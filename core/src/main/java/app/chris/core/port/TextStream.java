package app.chris.core.port;

/** Receives a model's text as it streams, so speech can start before the reply is complete. */
@FunctionalInterface
public interface TextStream {
  TextStream IGNORE = delta -> {};

  void delta(String text);

  /** The request's token usage, when the model reports it (at the end of the stream). Ignored by default. */
  default void usage(TokenUsage usage) {}
}
