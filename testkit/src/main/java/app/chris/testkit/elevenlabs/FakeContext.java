package app.chris.testkit.elevenlabs;

/** One context's state in the fake: buffered text, whether it was flushed, closed, and if late audio was sent. */
final class FakeContext {
  private final String id;
  private final StringBuilder buffer = new StringBuilder();
  private boolean flushed;
  private boolean closed;
  private boolean lateSent;

  FakeContext(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  /** Adds text; returns what is ready to speak: whole sentences (auto_mode), or everything on flush. */
  synchronized String add(String text, boolean flush) {
    buffer.append(text);
    flushed |= flush;
    String pending = buffer.toString();
    int end = flush ? pending.length() : lastSentenceEnd(pending);
    buffer.delete(0, end);
    return pending.substring(0, end);
  }

  private static int lastSentenceEnd(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '.' || c == '?' || c == '!') {
        return i + 1;
      }
    }
    return 0;
  }

  synchronized boolean flushed() {
    return flushed;
  }

  synchronized void close() {
    closed = true;
  }

  synchronized boolean closed() {
    return closed;
  }

  /** Flushed text keeps playing after close; otherwise audio stops (after one late chunk, when scripted). */
  synchronized boolean mayStillSend(boolean lateAudio) {
    if (!closed || flushed) {
      return true;
    }
    if (lateAudio && !lateSent) {
      lateSent = true;
      return true;
    }
    return false;
  }
}
