package app.chris.core.call;

/**
 * Everything the caller said in one call, as one text. The session appends under its own lock while the
 * disclosure guard reads from the model's threads, so this has a lock of its own. Thread-safe.
 */
final class CallerWords {
  private final StringBuilder words = new StringBuilder();

  synchronized void add(String said) {
    words.append(said).append(' ');
  }

  synchronized String text() {
    return words.toString();
  }
}
