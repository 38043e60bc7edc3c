package app.chris.core.dialogue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Picks among equivalent phrasings so Chris does not sound canned, preferring one not yet used in this call (a
 * second failed check should not open with the same apology). Not thread-safe; one per call.
 */
final class Phrases {
  private final Random random;
  private final Set<String> used = new HashSet<>();

  Phrases(Random random) {
    this.random = random;
  }

  String pick(String... options) {
    return pick(java.util.Arrays.asList(options));
  }

  String pick(List<String> options) {
    List<String> fresh = options.stream().filter(o -> !used.contains(o)).toList();
    List<String> from = fresh.isEmpty() ? options : fresh;
    String chosen = from.get(random.nextInt(from.size()));
    used.add(chosen);
    return chosen;
  }
}
