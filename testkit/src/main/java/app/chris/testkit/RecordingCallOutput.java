package app.chris.testkit;

import app.chris.core.call.CallEvent;
import app.chris.core.call.CallOutput;
import app.chris.core.port.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records what a session said and did, for tests. Thread-safe. */
public final class RecordingCallOutput implements CallOutput {
  private final List<String> said = new ArrayList<>();
  private final List<CallEvent> events = new ArrayList<>();
  private int mark;
  private int stops;
  private boolean hungUp;
  private PhoneNumber transferredTo;

  @Override
  public synchronized void say(String sentence) {
    said.add(sentence);
  }

  @Override
  public synchronized void stopSpeaking() {
    stops++;
  }

  @Override
  public synchronized void transfer(PhoneNumber to, String whisper) {
    transferredTo = to;
  }

  @Override
  public synchronized void hangUp() {
    hungUp = true;
  }

  @Override
  public synchronized void event(CallEvent event) {
    events.add(event);
  }

  /** Every sentence said so far, in order. */
  public synchronized List<String> said() {
    return List.copyOf(said);
  }

  /** Sentences said since the last call to this method, joined with spaces (one turn's replies). */
  public synchronized String sinceLast() {
    String text = String.join(" ", said.subList(mark, said.size()));
    mark = said.size();
    return text;
  }

  public synchronized String all() {
    return String.join(" ", said);
  }

  public synchronized List<CallEvent> events() {
    return List.copyOf(events);
  }

  public synchronized <T extends CallEvent> List<T> events(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  public synchronized int stops() {
    return stops;
  }

  public synchronized boolean hungUp() {
    return hungUp;
  }

  public synchronized Optional<PhoneNumber> transferredTo() {
    return Optional.ofNullable(transferredTo);
  }
}
