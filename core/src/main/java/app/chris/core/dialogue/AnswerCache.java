package app.chris.core.dialogue;

import app.chris.core.port.KnowledgeStore;
import app.chris.core.port.PropertyDirectory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers to caller-independent questions (facts, amenities, hours, pets, availability), cached per portfolio and
 * knowledge version so a new fact or import invalidates them at once. Thread-safe.
 */
public final class AnswerCache {
  private static final int MAX_ENTRIES = 2_000;
  private final PropertyDirectory directory;
  private final KnowledgeStore knowledge;
  private final Map<String, Object> entries = new ConcurrentHashMap<>();
  private volatile String generation = "";
  private int hits;

  public AnswerCache(PropertyDirectory directory, KnowledgeStore knowledge) {
    this.directory = directory;
    this.knowledge = knowledge;
  }

  @SuppressWarnings("unchecked")
  <T> T get(String key, Supplier<T> compute) {
    String now = directory.version() + "/" + knowledge.version();
    if (!now.equals(generation) || entries.size() > MAX_ENTRIES) {
      entries.clear();
      generation = now;
    }
    Object cached = entries.get(key);
    if (cached != null) {
      countHit();
      return (T) cached;
    }
    T value = compute.get();
    entries.put(key, value);
    return value;
  }

  /** How many lookups were answered from the cache (for tests and metrics). */
  public synchronized int hits() {
    return hits;
  }

  private synchronized void countHit() {
    hits++;
  }
}
