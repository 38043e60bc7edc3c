package app.chris.app.phone;

import app.chris.adapters.twilio.CallStatusUpdate;
import app.chris.adapters.twilio.IncomingCall;
import app.chris.adapters.twilio.OutboundSocket;
import app.chris.adapters.twilio.StreamEndings;
import app.chris.core.call.TransferStep;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The phone calls this server holds: calls announced by the voice webhook (waiting for their media socket),
 * live calls, calls parked while on-call staff are rung (no media stream), and how recent calls ended (for
 * Twilio's connect-action). Thread-safe.
 */
final class LiveCalls implements StreamEndings {
  private static final int REMEMBERED = 1024;

  private final Map<String, IncomingCall> announced = new ConcurrentHashMap<>();
  private final Map<String, PhoneCall> live = new ConcurrentHashMap<>();
  private final Map<String, PhoneCall> parked = new ConcurrentHashMap<>();
  /** Ended calls whose final record may still be being written (on the call's own thread). */
  private final Set<PhoneCall> closing = ConcurrentHashMap.newKeySet();
  private final Map<String, Boolean> endings = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > REMEMBERED;
    }
  };

  void announce(IncomingCall call) {
    if (announced.size() >= REMEMBERED) {
      announced.clear(); // sockets that never came; a flood must not grow memory
    }
    announced.put(call.callSid(), call);
  }

  /** The webhook's announcement of this call, consumed once by its media socket. */
  Optional<IncomingCall> claim(String callSid) {
    return Optional.ofNullable(announced.remove(callSid));
  }

  void add(PhoneCall call) {
    live.put(call.callSid(), call);
  }

  /**
   * The media stream on {@code socket} stopped or closed. The call ends, unless it is waiting on a live transfer
   * (parked until the dial's result) or moved to the keypad-and-speech flow (parked until it ends). A late close of an earlier stream of the call changes nothing.
   */
  void streamEnded(String callSid, OutboundSocket socket) {
    PhoneCall call = live.get(callSid);
    if (call == null || !call.isOn(socket)) {
      return;
    }
    if (!call.outlivesStream()) {
      end(callSid);
      return;
    }
    // Parked before it leaves the live calls, so a webhook in between finds it. Twilio's stop and the socket's
    // close both report the end, possibly at once: the second finds the call parked and must not end it.
    if (parked.putIfAbsent(callSid, call) == null) {
      live.remove(callSid, call);
      call.park();
    }
  }

  /** A call in the keypad-and-speech flow (parked once its stream ended, or still live until then). */
  Optional<PhoneCall> gathering(String callSid) {
    return Optional.ofNullable(parked.get(callSid)).or(() -> Optional.ofNullable(live.get(callSid)))
        .filter(PhoneCall::gathering);
  }

  boolean isParked(String callSid) {
    return parked.containsKey(callSid);
  }

  /** A parked call whose caller comes back to Chris on a new media stream. */
  Optional<PhoneCall> unpark(String callSid) {
    return Optional.ofNullable(parked.remove(callSid));
  }

  /**
   * A live transfer's dial ended: empty when this server does not hold the call parked; otherwise what the line
   * does next (a caller who hung up meanwhile, or a transfer that connected, ends the call).
   */
  Optional<TransferStep> afterDial(String callSid, boolean connected, boolean callerGone, String detail) {
    PhoneCall call = parked.get(callSid);
    if (call == null) {
      return Optional.empty();
    }
    if (callerGone && !connected) {
      end(callSid);
      return Optional.of(new TransferStep.Finished());
    }
    TransferStep step = call.transferEnded(connected, detail);
    if (step instanceof TransferStep.Finished) {
      end(callSid);
    }
    return Optional.of(step);
  }

  /** Ends the call (stream stop, final status callback, shutdown), live or parked; later calls are no-ops. */
  void end(String callSid) {
    PhoneCall wasLive = live.remove(callSid);
    PhoneCall wasParked = parked.remove(callSid); // both, for a call caught while being parked
    PhoneCall call = wasLive != null ? wasLive : wasParked;
    if (call != null) {
      closing.removeIf(PhoneCall::finished);
      closing.add(call);
      boolean byAssistant = call.endedByAssistant();
      synchronized (endings) {
        endings.put(callSid, byAssistant);
      }
      call.end();
    }
  }

  void onStatus(CallStatusUpdate update) {
    if (update.status().isFinal()) {
      announced.remove(update.callSid());
      end(update.callSid());
    }
  }

  @Override
  public boolean endedByAssistant(String callSid) {
    PhoneCall call = live.get(callSid);
    if (call != null) {
      return call.endedByAssistant();
    }
    synchronized (endings) {
      return endings.getOrDefault(callSid, false);
    }
  }

  Optional<PhoneCall> find(String callSid) {
    return Optional.ofNullable(live.get(callSid));
  }

  /** Calls with Chris on the line now (parked ones are with a person or ringing). */
  int liveCount() {
    return live.size();
  }

  int parkedCount() {
    return parked.size();
  }

  /** Live calls, for a host that must hand them over (shutdown). */
  List<PhoneCall> liveCalls() {
    return List.copyOf(live.values());
  }

  /**
   * Ends every call, live and parked, and waits up to {@code patience} for the final records of all ended calls
   * (including those ended just before, e.g. by their socket closing), so none is cut off by the database closing.
   */
  void endAll(Duration patience) throws InterruptedException {
    List.copyOf(live.keySet()).forEach(this::end);
    List.copyOf(parked.keySet()).forEach(this::end);
    long deadline = System.nanoTime() + patience.toNanos();
    for (PhoneCall call : List.copyOf(closing)) {
      call.awaitEnded(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }
  }
}
