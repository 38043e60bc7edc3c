package app.chris.testkit;

import app.chris.core.call.CallEvent;
import app.chris.core.call.CallOutput;
import app.chris.core.port.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records what a session said and did, for tests. By default every sentence counts as heard at once (a text
 * channel); after {@link #holdPlayback()} sentences count as still playing until {@link #heardThrough}, so a
 * barge-in reports them as missed, as the voice channel does. Thread-safe.
 */
public final class RecordingCallOutput implements CallOutput {
  private final List<String> said = new ArrayList<>();
  private final List<CallEvent> events = new ArrayList<>();
  private int mark;
  private int stops;
  private boolean holdingPlayback;
  private int heard;
  private int cut;
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
  public synchronized List<String> bargeIn() {
    stops++;
    if (!holdingPlayback) {
      return List.of();
    }
    int from = Math.max(heard, cut);
    cut = said.size();
    return List.copyOf(said.subList(Math.min(from, said.size()), said.size()));
  }

  /** From now on sentences count as still playing (not heard) until {@link #heardThrough}. */
  public synchronized void holdPlayback() {
    holdingPlayback = true;
    heard = said.size();
  }

  /** The caller has heard everything up to and including the last time {@code sentence} was said. */
  public synchronized void heardThrough(String sentence) {
    int at = said.lastIndexOf(sentence);
    if (at < 0) {
      throw new IllegalArgumentException("never said: " + sentence);
    }
    heard = Math.max(heard, at + 1);
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
