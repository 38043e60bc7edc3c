package app.chris.core.dialogue;

import java.util.List;
import java.util.Random;

/** Picks among equivalent phrasings so Chris does not sound canned. Not thread-safe; one per call. */
final class Phrases {
  private final Random random;

  Phrases(Random random) {
    this.random = random;
  }

  String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }
}
