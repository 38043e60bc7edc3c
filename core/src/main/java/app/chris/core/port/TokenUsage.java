package app.chris.core.port;

/** Tokens a model reported for one request: prompt (of which cached) and completion. For per-turn metrics. */
public record TokenUsage(long inputTokens, long cachedInputTokens, long outputTokens) {
  public TokenUsage {
    if (inputTokens < 0 || cachedInputTokens < 0 || outputTokens < 0) {
      throw new IllegalArgumentException("token counts must not be negative");
    }
  }

  public long totalTokens() {
    return inputTokens + outputTokens;
  }
}
