package app.chris.app.live;

import app.chris.core.call.CallEvent;
import app.chris.core.call.CallOutput;
import app.chris.core.port.CallId;
import app.chris.core.port.LiveEvent.Kind;
import app.chris.core.port.SpeechSynthesizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The live reporter of one call. The host tells it what the caller said and what the vendors do; the session's
 * output, wrapped by {@link #output}, tells it the rest. Thread-safe (one lock: calls come from the call thread,
 * the ears' thread and the voice's threads); events of one call are published in the order they happened.
 */
public final class CallReport {
  private final LiveReporter reporter;
  private final CallId id;
  private final boolean phone;
  private final TurnTimer timer;
  private final CallerView caller;
  private final LongSupplier nanos = System::nanoTime;
  private final Map<String, String> vendors = new HashMap<>();
  private String activity = "";
  private boolean ended;

  CallReport(LiveReporter reporter, CallId id, boolean phone) {
    this.reporter = reporter;
    this.id = id;
    this.phone = phone;
    this.timer = new TurnTimer(id, phone, reporter::recordTurn);
    this.caller = new CallerView(reporter.stores(), id);
  }

  /** Wraps the session's output so everything Chris says and does is published too. */
  public CallOutput output(CallOutput delegate) {
    return new LiveCallOutput(delegate, this, !phone);
  }

  /** Wraps Chris's voice so the first audio of each answer (latency) and the voice's state are published. */
  public SpeechSynthesizer voice(SpeechSynthesizer delegate, String vendor) {
    return new ObservedVoice(delegate, this, vendor);
  }

  /** A final transcript (or test-call text) of what the caller said. */
  public synchronized void callerSaid(String text) {
    if (!text.isBlank()) {
      timer.startIfIdle(nanos.getAsLong());
      publish(Kind.CALLER_SAID, Map.of("text", text.strip()));
    }
  }

  /** Words of the caller's utterance so far, before the final transcript. */
  public synchronized void callerPartial(String text) {
    if (!text.isBlank()) {
      publish(Kind.CALLER_PARTIAL, Map.of("text", text.strip()));
    }
  }

  /** The caller stopped speaking: the turn's latency is measured from here. */
  public synchronized void speechEnded() {
    timer.start(nanos.getAsLong());
  }

  /** A vendor connection's state on this call ({@code connected}, {@code failed}, ...); repeats are not sent. */
  public synchronized void vendor(String vendor, String state) {
    if (!state.equals(vendors.put(vendor, state))) {
      publish(Kind.VENDOR, Map.of("vendor", vendor, "state", state));
    }
  }

  synchronized void chrisSaid(String sentence, boolean countsAsFirstOutput) {
    if (sentence.isBlank()) {
      return;
    }
    activity("speaking");
    publish(Kind.CHRIS_SAID, Map.of("text", sentence.strip()));
    if (countsAsFirstOutput) {
      firstOutput("first-reply");
    }
  }

  synchronized void audioStarted() {
    firstOutput("first-audio");
  }

  synchronized void event(CallEvent event) {
    if (event instanceof CallEvent.StateChanged changed) {
      stateChanged(changed.activity());
    } else if (event instanceof CallEvent.ModelUsed used) {
      timer.model(used, reporter.clock().instant());
      publish(Kind.MODEL, Map.of("model", used.model(), "reason", used.reason(),
          "firstTokenMillis", Long.toString(used.firstTokenMillis())));
    } else if (event instanceof CallEvent.ToolRan tool) {
      publish(Kind.TOOL, Map.of("name", tool.name(), "ok", Boolean.toString(tool.ok()), "detail", tool.detail()));
    } else if (event instanceof CallEvent.Transferred transferred) {
      activity("transferring");
      publish(Kind.TOOL, Map.of("name", "transfer", "ok", "true", "detail", transferred.to().e164()));
    } else {
      throw new IllegalStateException("unhandled " + event);
    }
  }

  private void stateChanged(CallEvent.Activity now) {
    if (ended) {
      return;
    }
    activity(now.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    if (now == CallEvent.Activity.LISTENING || now == CallEvent.Activity.ENDED) {
      caller.changed().ifPresent(fields -> publish(Kind.IDENTIFIED, fields));
    }
    if (now == CallEvent.Activity.ENDED) {
      ended = true;
      timer.flush();
      publish(Kind.CALL_ENDED, Map.of("outcome", caller.outcome()));
    }
  }

  private void firstOutput(String measure) {
    timer.firstOutput(nanos.getAsLong()).ifPresent(ms -> publish(Kind.LATENCY,
        Map.of("millis", Long.toString(ms), "measure", measure)));
  }

  private void activity(String now) {
    if (!now.equals(activity)) {
      activity = now;
      publish(Kind.ACTIVITY, Map.of("activity", now));
    }
  }

  private void publish(Kind kind, Map<String, String> fields) {
    reporter.publish(id, kind, fields);
  }
}
