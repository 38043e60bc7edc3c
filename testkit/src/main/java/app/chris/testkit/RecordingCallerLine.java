package app.chris.testkit;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.CallerLine;
import app.chris.core.port.PhoneNumber;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** A {@link CallerLine} that records everything sent to the caller, in order. Thread-safe. */
public final class RecordingCallerLine implements CallerLine {
  private final List<Event> events = new CopyOnWriteArrayList<>();

  @Override
  public void play(AudioFrame frame) {
    events.add(new Audio(frame.mulaw().length));
  }

  @Override
  public void mark(String name) {
    events.add(new Mark(name));
  }

  @Override
  public void clearPlayback() {
    events.add(new Clear());
  }

  @Override
  public void transfer(PhoneNumber to, String whisper) {
    events.add(new Transfer(to, whisper));
  }

  @Override
  public void hangUp() {
    events.add(new HangUp());
  }

  public List<Event> events() {
    return List.copyOf(events);
  }

  /** The events in a compact form for assertions: {@code audio:160}, {@code mark:say-0}, {@code clear}, ... */
  public List<String> summary() {
    return events.stream().map(Event::toString).collect(Collectors.toList());
  }

  /** Marks sent so far, in order. */
  public List<String> marks() {
    return events.stream().filter(e -> e instanceof Mark).map(e -> ((Mark) e).name()).collect(Collectors.toList());
  }

  public long audioBytes() {
    return events.stream().filter(e -> e instanceof Audio).mapToLong(e -> ((Audio) e).bytes()).sum();
  }

  /** What happened on the line. */
  public sealed interface Event permits Audio, Mark, Clear, Transfer, HangUp {}

  public record Audio(int bytes) implements Event {
    @Override
    public String toString() {
      return "audio:" + bytes;
    }
  }

  public record Mark(String name) implements Event {
    public Mark {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
      return "mark:" + name;
    }
  }

  public record Clear() implements Event {
    @Override
    public String toString() {
      return "clear";
    }
  }

  public record Transfer(PhoneNumber to, String whisper) implements Event {
    @Override
    public String toString() {
      return "transfer:" + to.e164();
    }
  }

  public record HangUp() implements Event {
    @Override
    public String toString() {
      return "hangup";
    }
  }
}
