package app.chris.app.bench;

import app.chris.testkit.LoadQuestions;
import app.chris.testkit.openai.FakeRealtimeServer;
import app.chris.testkit.twilio.SimulatedTwilioCaller;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * What one simulated caller does after the greeting, until its time is up: asks a question when Chris has gone
 * quiet, and on every second turn talks over the reply 300 ms into it (barge-in), then asks the next question.
 * The caller's words reach Chris through the fake Realtime session's VAD and transcription events.
 */
final class CallScript {
  static final List<String> QUESTIONS = LoadQuestions.ALL;
  private static final long POLL_MILLIS = 20;
  private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(400);
  private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(10);

  private final SimulatedTwilioCaller caller;
  private final CallerProbe probe;
  private final FakeRealtimeServer ears;
  private final int session;
  private final BenchStats stats;

  CallScript(SimulatedTwilioCaller caller, CallerProbe probe, FakeRealtimeServer ears, int session,
      BenchStats stats) {
    this.caller = caller;
    this.probe = probe;
    this.ears = ears;
    this.session = session;
    this.stats = stats;
  }

  /** Talks until {@code endNanos}, then hangs up; the call is completed if it was greeted and up to the end. */
  void run(long endNanos) {
    boolean greeted = waitFor(probe::greeted, Math.min(endNanos, System.nanoTime() + PATIENCE_NANOS));
    int turn = 0;
    boolean interrupted = false;
    while (greeted && System.nanoTime() < endNanos && !caller.closed()) {
      if (!interrupted && !waitFor(() -> probe.quiet(System.nanoTime(), QUIET_NANOS), endNanos)) {
        break;
      }
      probe.speechEnded(System.nanoTime(), interrupted);
      ears.callerSaysOn(session, QUESTIONS.get(turn % QUESTIONS.size()));
      stats.turns.incrementAndGet();
      turn++;
      boolean answered = waitFor(probe::answered, Math.min(endNanos, System.nanoTime() + PATIENCE_NANOS));
      if (!answered) {
        probe.abandonTurn(System.nanoTime() >= endNanos);
      }
      interrupted = answered && turn % 2 == 0 && bargeIn(endNanos);
    }
    boolean stayedUp = !caller.closed();
    caller.hangUp();
    if (greeted && stayedUp) {
      stats.callsCompleted.incrementAndGet();
    }
  }

  /** Talks over Chris 300 ms into the reply; true when a {@code clear} came back. */
  private boolean bargeIn(long endNanos) {
    sleep(300);
    if (System.nanoTime() >= endNanos) {
      return false;
    }
    probe.bargeIn(System.nanoTime());
    ears.emitOn(session, "{\"type\":\"input_audio_buffer.speech_started\",\"event_id\":\"bench_" + session + "_"
        + System.nanoTime() + "\",\"audio_start_ms\":0,\"item_id\":\"item_bench_" + session + "\"}");
    stats.bargeIns.incrementAndGet();
    boolean cleared = waitFor(() -> !probe.clearPending(), System.nanoTime() + TimeUnit.SECONDS.toNanos(2));
    if (!cleared) {
      probe.abandonBargeIn();
    }
    sleep(300); // the caller's interruption goes on for a moment before its words are transcribed
    return cleared;
  }

  private static boolean waitFor(BooleanSupplier condition, long deadlineNanos) {
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() >= deadlineNanos) {
        return false;
      }
      sleep(POLL_MILLIS);
    }
    return true;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
