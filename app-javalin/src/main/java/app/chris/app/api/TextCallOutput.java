package app.chris.app.api;

import app.chris.core.call.CallEvent;
import app.chris.core.call.CallOutput;
import app.chris.core.port.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text edge of a test call: collects what Chris says (and its debug events) until the API drains them for
 * a response. Thread-safe. Barge-in is meaningless in text (every reply is "heard"), so it is ignored.
 */
final class TextCallOutput implements CallOutput {
  private final List<String> replies = new ArrayList<>();
  private final List<Map<String, Object>> events = new ArrayList<>();
  private boolean ended;

  @Override
  public synchronized void say(String sentence) {
    if (!sentence.isBlank()) {
      replies.add(sentence.strip());
    }
  }

  @Override
  public void stopSpeaking() {
    // Text replies are delivered whole; there is nothing unheard to drop.
  }

  @Override
  public synchronized void transfer(PhoneNumber to, String whisper) {
    ended = true;
    if (!alreadyHasTransferTo(to.e164())) {
      events.add(WireFormat.ordered("type", "transfer", "to", to.e164()));
    }
  }

  @Override
  public synchronized void hangUp() {
    ended = true;
  }

  /** Activity changes and listening hints are left out: noise for text, where nobody pauses mid-answer. */
  @Override
  public synchronized void event(CallEvent event) {
    if (event instanceof CallEvent.StateChanged || event instanceof CallEvent.Expecting
        || event instanceof CallEvent.Transferred t && alreadyHasTransferTo(t.to().e164())) {
      return;
    }
    events.add(WireFormat.event(event));
  }

  synchronized boolean ended() {
    return ended;
  }

  /** What Chris said since the last drain, in order. */
  synchronized List<String> drainReplies() {
    List<String> out = List.copyOf(replies);
    replies.clear();
    return out;
  }

  synchronized List<Map<String, Object>> drainEvents() {
    List<Map<String, Object>> out = List.copyOf(events);
    events.clear();
    return out;
  }

  private boolean alreadyHasTransferTo(String to) {
    return events.stream().anyMatch(e -> "transfer".equals(e.get("type")) && to.equals(e.get("to")));
  }
}
