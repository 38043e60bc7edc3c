package app.chris.core.voice;

/** How much the phrase cache may hold before it deletes the least recently used phrases. */
public record PhraseCacheLimits(int maxPhrases, long maxBytes) {
  public PhraseCacheLimits {
    if (maxPhrases < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("limits must be positive: " + maxPhrases + ", " + maxBytes);
    }
  }

  /** 500 phrases or 32 MB (about 70 minutes of phone audio), whichever comes first. */
  public static PhraseCacheLimits defaults() {
    return new PhraseCacheLimits(500, 32L * 1024 * 1024);
  }
}
