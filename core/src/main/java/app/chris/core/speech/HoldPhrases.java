package app.chris.core.speech;

import java.util.List;
import java.util.Random;

/** Short phrases said while a slow tool or model works, so the caller never sits in silence. Not thread-safe. */
final class HoldPhrases {
  private static final List<String> PHRASES = List.of(
      "One moment, please.", "Let me check that for you.", "Just a second.", "Bear with me a moment.",
      "Let me look into that.", "Give me just a moment.", "Okay, checking now.");
  private final Random random;
  private int last = -1;

  HoldPhrases(Random random) {
    this.random = random;
  }

  static List<String> all() {
    return PHRASES;
  }

  String next() {
    int i = random.nextInt(PHRASES.size());
    if (i == last) {
      i = (i + 1) % PHRASES.size();
    }
    last = i;
    return PHRASES.get(i);
  }
}
