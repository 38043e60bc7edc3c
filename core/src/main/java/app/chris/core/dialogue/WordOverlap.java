package app.chris.core.dialogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Content words of a sentence, lightly normalised, and how many two sentences share. Stateless. */
final class WordOverlap {
  private static final Set<String> STOP = Set.of("a", "an", "the", "is", "are", "was", "be", "do", "does", "did",
      "you", "your", "i", "my", "me", "we", "our", "it", "its", "to", "of", "in", "on", "at", "for", "and", "or",
      "can", "could", "would", "will", "what", "when", "where", "how", "which", "who", "there", "any", "this",
      "that", "with", "have", "has", "get", "hi", "hello", "please", "today", "tell", "about", "much", "from",
      "up", "per", "by", "if", "so", "just", "know", "want", "like", "allow", "allowed", "ok", "okay",
      "one", "two", "three", "four", "five");
  private static final Map<String, String> SYNONYMS = Map.ofEntries(
      Map.entry("dog", "pet"), Map.entry("cat", "pet"), Map.entry("puppy", "pet"), Map.entry("kitten", "pet"),
      Map.entry("animal", "pet"), Map.entry("gym", "fitness"), Map.entry("workout", "fitness"),
      Map.entry("exercise", "fitness"), Map.entry("swimming", "pool"), Map.entry("swim", "pool"),
      Map.entry("garbage", "trash"), Map.entry("rubbish", "trash"), Map.entry("washer", "laundry"),
      Map.entry("dryer", "laundry"), Map.entry("car", "parking"), Map.entry("park", "parking"),
      Map.entry("noise", "quiet"), Map.entry("loud", "quiet"), Map.entry("pay", "paid"),
      Map.entry("payment", "paid"), Map.entry("insured", "insurance"),
      Map.entry("pickup", "pick"), Map.entry("picked", "pick"), Map.entry("collection", "pick"),
      Map.entry("collected", "pick"), Map.entry("amenities", "amenity"));

  private WordOverlap() {}

  static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9']+"))
        .map(w -> w.replaceAll("'s$", "")).filter(w -> w.length() > 1 && !STOP.contains(w))
        .map(WordOverlap::stem).map(w -> SYNONYMS.getOrDefault(w, w)).collect(Collectors.toSet());
  }

  static int shared(Set<String> a, Set<String> b) {
    return (int) a.stream().filter(b::contains).count();
  }

  private static String stem(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
