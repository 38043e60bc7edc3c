package app.chris.app.phone;

import app.chris.adapters.twilio.CallStatusUpdate;
import app.chris.adapters.twilio.IncomingCall;
import app.chris.adapters.twilio.StreamEndings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The phone calls this server holds: calls announced by the voice webhook (waiting for their media socket),
 * live calls, and how recent calls ended (for Twilio's connect-action). Thread-safe.
 */
final class LiveCalls implements StreamEndings {
  private static final int REMEMBERED = 1024;

  private final Map<String, IncomingCall> announced = new ConcurrentHashMap<>();
  private final Map<String, PhoneCall> live = new ConcurrentHashMap<>();
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

  /** Ends the call (stream stop, socket close, final status callback); later calls are no-ops. */
  void end(String callSid) {
    PhoneCall call = live.remove(callSid);
    if (call != null) {
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

  int liveCount() {
    return live.size();
  }

  void endAll() {
    List.copyOf(live.keySet()).forEach(this::end);
  }
}
