package app.chris.app.phone;

import app.chris.app.live.CallReport;
import app.chris.core.call.CallSession;
import app.chris.core.port.RealtimeEvent;

/**
 * Where what a call's ears report goes: barge-in and speech end straight to the session (safe from any thread),
 * final words onto the call's thread, partial words and the ears' own state to the dashboard.
 */
final class HeardRouter {
  private final CallSession session;
  private final CallReport report;
  private final CallThread turns;
  private final Runnable earsUnavailable;

  /** {@code earsUnavailable} runs (on the ears' thread) when the ears are gone for the rest of the call. */
  HeardRouter(CallSession session, CallReport report, CallThread turns, Runnable earsUnavailable) {
    this.session = session;
    this.report = report;
    this.turns = turns;
    this.earsUnavailable = earsUnavailable;
  }

  void heard(RealtimeEvent event) {
    if (event instanceof RealtimeEvent.SpeechStarted) {
      session.onCallerSpeechStarted(); // barge-in: immediate, safe from any thread, never blocks
    } else if (event instanceof RealtimeEvent.SpeechStopped) {
      session.onCallerSpeechStopped(); // the turn's latency is measured from here
      report.speechEnded();
    } else if (event instanceof RealtimeEvent.Transcript && !((RealtimeEvent.Transcript) event).complete()) {
      report.callerPartial(((RealtimeEvent.Transcript) event).text());
    } else if (event instanceof RealtimeEvent.Transcript) {
      String text = ((RealtimeEvent.Transcript) event).text();
      report.callerSaid(text);
      turns.submit(() -> session.onCallerText(text));
    }
  }

  void earsChanged(Ears.State state) {
    report.vendor("openai", vendorState(state));
    if (state == Ears.State.UNAVAILABLE) {
      earsUnavailable.run();
    }
  }

  // The dashboard speaks of vendor connections (connected, failed ...), not of the ears' own life cycle.
  private static String vendorState(Ears.State state) {
    return switch (state) {
      case OPENING -> "connecting";
      case LISTENING -> "connected";
      case REOPENING -> "reconnecting";
      case UNAVAILABLE -> "unavailable";
      case CLOSED -> "closed";
    };
  }
}
