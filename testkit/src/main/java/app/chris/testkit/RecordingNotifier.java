package app.chris.testkit;

import app.chris.core.port.FailureKind;
import app.chris.core.port.Notice;
import app.chris.core.port.Notifier;
import app.chris.core.port.PortException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Notifier} that records what it was asked to send and can fail on cue ({@link #failNext}). Records
 * every successful send, duplicates included, so tests can prove a retried notice went out once. Thread-safe.
 */
public final class RecordingNotifier implements Notifier {
  private final List<Sent> sent = new ArrayList<>();
  private final FailureScript failures = new FailureScript();
  private int attempts;

  /** One accepted send. */
  public record Sent(Notice notice, String idempotencyKey) {
    public Sent {
      Objects.requireNonNull(notice, "notice");
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
  }

  @Override
  public void send(Notice notice, String idempotencyKey) {
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    synchronized (this) {
      attempts++;
    }
    failures.throwIfScripted();
    synchronized (this) {
      sent.add(new Sent(notice, idempotencyKey));
    }
  }

  /** The next {@code times} sends throw a {@link PortException} of {@code kind}. */
  public void failNext(int times, FailureKind kind) {
    failures.add(times, FailureScript.of(kind, "RecordingNotifier"));
  }

  /** The next send throws exactly {@code failure} (e.g. with a retry-after). */
  public void failNext(PortException failure) {
    failures.add(1, failure);
  }

  public synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  public synchronized List<Notice> notices() {
    return sent.stream().map(Sent::notice).toList();
  }

  /** Every call to {@link #send}, failed ones included. */
  public synchronized int attempts() {
    return attempts;
  }
}
