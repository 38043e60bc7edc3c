package app.chris.app.api;

import app.chris.app.live.CallReport;
import app.chris.app.live.LiveReporter;
import app.chris.core.call.CallSession;
import app.chris.core.call.CallStart;
import app.chris.core.call.VoiceAssistant;
import app.chris.core.port.CallId;
import app.chris.core.port.CallLog;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Channel;
import app.chris.core.port.PhoneNumber;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live text test calls, run through the same {@link VoiceAssistant} as phone calls. Thread-safe. A call left
 * idle longer than {@code idleTimeout} is hung up by {@link #endIdle()} so abandoned calls are still logged.
 */
public final class TestCalls {
  private static final Logger LOG = LoggerFactory.getLogger(TestCalls.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final VoiceAssistant assistant;
  private final CallLog callLog;
  private final Clock clock;
  private final Duration idleTimeout;
  private final LiveReporter reporter;
  private final Map<CallId, TestCall> live = new ConcurrentHashMap<>();

  /** Every call is reported to {@code live} (the dashboard's live view). */
  public TestCalls(VoiceAssistant assistant, CallLog callLog, Clock clock, Duration idleTimeout, LiveReporter live) {
    this.assistant = assistant;
    this.callLog = callLog;
    this.clock = clock;
    this.idleTimeout = idleTimeout;
    this.reporter = live;
  }

  /** Starts a call and returns its id with the greeting. */
  public Map.Entry<CallId, TurnResult> start(Optional<PhoneNumber> from, Optional<PhoneNumber> to) {
    CallId id = new CallId("c_" + HexFormat.of().formatHex(bytes()));
    TextCallOutput output = new TextCallOutput();
    CallReport report = reporter.open(id, Channel.TEST, from);
    CallSession session = assistant.startCall(new CallStart(id, Channel.TEST, from, to), report.output(output));
    TestCall call = new TestCall(session, output, report, clock.instant());
    live.put(id, call);
    TurnResult greeting = call.begin();
    forgetIfEnded(id, call, greeting);
    return Map.entry(id, greeting);
  }

  public TurnResult say(CallId id, String text) {
    return turn(id, text, session -> session.onCallerText(text));
  }

  public TurnResult press(CallId id, String digits) {
    return turn(id, "[keypad] " + digits, session -> session.onDigits(digits));
  }

  /** The caller hangs up; idempotent for a call that already ended. */
  public CallRecord hangUp(CallId id) {
    TestCall call = live.remove(id);
    if (call != null) {
      return call.hangUp();
    }
    return callLog.find(id).orElseThrow(() -> unknown(id));
  }

  /** Hangs up every call idle for longer than the timeout; returns how many were ended. */
  public int endIdle() {
    Instant cutoff = clock.instant().minus(idleTimeout);
    int ended = 0;
    for (Map.Entry<CallId, TestCall> entry : live.entrySet()) {
      if (entry.getValue().lastActivity().isBefore(cutoff) && live.remove(entry.getKey(), entry.getValue())) {
        endQuietly(entry.getKey(), entry.getValue(), "after inactivity");
        ended++;
      }
    }
    return ended;
  }

  /** Ends every live call (shutdown). */
  public void endAll() {
    live.forEach((id, call) -> {
      if (live.remove(id, call)) {
        endQuietly(id, call, "at shutdown");
      }
    });
  }

  public int liveCount() {
    return live.size();
  }

  private TurnResult turn(CallId id, String said, Consumer<CallSession> input) {
    TestCall call = live.get(id);
    if (call == null) {
      if (callLog.find(id).isPresent()) {
        throw ended(id);
      }
      throw unknown(id);
    }
    if (call.ended()) {
      throw ended(id);
    }
    TurnResult result = call.turn(said, input, clock.instant());
    forgetIfEnded(id, call, result);
    return result;
  }

  /** A call Chris ended is final in the call log; later turns get 409 and a hang-up returns the record. */
  private void forgetIfEnded(CallId id, TestCall call, TurnResult result) {
    if (result.ended()) {
      live.remove(id, call);
    }
  }

  private static void endQuietly(CallId id, TestCall call, String when) {
    try {
      call.hangUp();
      LOG.info("Test call {} ended {}", id, when);
    } catch (RuntimeException e) {
      LOG.warn("Could not end idle test call {}", id, e);
    }
  }

  private static byte[] bytes() {
    byte[] b = new byte[10];
    RANDOM.nextBytes(b);
    return b;
  }

  private static ApiException unknown(CallId id) {
    return ApiException.notFound("unknown_call", "There is no call with id " + id + ".");
  }

  private static ApiException ended(CallId id) {
    return new ApiException(409, "call_ended", "Call " + id + " has already ended.");
  }
}
