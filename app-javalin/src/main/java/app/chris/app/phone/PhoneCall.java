package app.chris.app.phone;

import app.chris.adapters.twilio.InboundFrame;
import app.chris.adapters.twilio.IncomingCall;
import app.chris.adapters.twilio.OfficeForward;
import app.chris.adapters.twilio.OutboundSocket;
import app.chris.app.live.CallReport;
import app.chris.core.call.CallEvent;
import app.chris.core.call.CallSession;
import app.chris.core.call.CallStart;
import app.chris.core.call.TransferStep;
import app.chris.core.port.AudioFrame;
import app.chris.core.port.CallId;
import app.chris.core.port.Channel;
import app.chris.core.port.FailureKind;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.PortException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One admitted phone call: the core's session speaking through a {@link app.chris.core.voice.VoiceCallOutput} onto the Twilio line,
 * listening through the {@link Ears}. Session work (greeting, turns, keypad, hang-up) runs in order on the call's
 * own thread, never on the socket or realtime threads; barge-in goes straight through. While on-call staff are
 * rung (live transfer) the call outlives its media stream; if nobody answers, the caller comes back on a new
 * stream ({@link #resume}) to the same session.
 */
final class PhoneCall {
  private static final Logger log = LoggerFactory.getLogger(PhoneCall.class);

  private final String callSid;
  private final CallParts parts;
  private final CallReport report;
  private final CallSession session;
  private final CallThread turns;
  private final KeypadFallback keypad;
  private final HeardRouter heard;
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile boolean streamGone;
  private volatile MediaLine current;
  private final CallEars ears;

  private PhoneCall(InboundFrame.Start start, Optional<IncomingCall> call, OutboundSocket socket, CallParts parts) {
    this.callSid = start.callSid();
    this.parts = parts;
    CallStart begins = callStart(start, call);
    this.report = parts.live().open(begins.id(), Channel.PHONE, begins.from());
    this.current = MediaLine.open(start, socket, parts, report, this::onEvent, this::voiceLost);
    this.turns = new CallThread(callSid);
    this.session = parts.assistant().startCall(begins, report.output(current.output()));
    this.keypad = new KeypadFallback(callSid, session, report, turns, parts.control());
    this.heard = new HeardRouter(session, report, turns, this::earsGone);
    this.ears = new CallEars(callSid, parts, heard::heard, heard::earsChanged); // opened by begin()
  }

  /** A new call, not yet speaking or listening: register it where frames and webhooks find it, then {@link #begin}. */
  static PhoneCall admit(
      InboundFrame.Start start, Optional<IncomingCall> announced, OutboundSocket socket, CallParts parts) {
    return new PhoneCall(start, announced, socket, parts);
  }

  /** Greets at once on the call's thread and opens the ears in parallel (opening blocks while connecting). */
  void begin() {
    submit(session::begin);
    ears.open();
  }

  String callSid() {
    return callSid;
  }

  void onAudio(AudioFrame frame) {
    ears.hear(frame);
  }

  void onDigits(String digits) {
    submit(() -> session.onDigits(digits));
  }

  void onMark(String name) {
    MediaLine line = current;
    if (line.twilio().acknowledge(name)) {
      line.output().markPlayed(name);
    }
  }

  /** True while Chris's audio is being synthesized or not yet confirmed played. */
  boolean speaking() {
    return current.output().speaking();
  }

  /** True while a turn (or the greeting) is queued or running: Chris may still have more to say. */
  boolean busy() {
    return turns.busy();
  }

  /** Where the ears are; empty when the line has none (keypad only). */
  Optional<Ears.State> earsState() {
    return ears.state();
  }

  /** True when {@code socket} carries this call's current media stream (not an earlier one). */
  boolean isOn(OutboundSocket socket) {
    return current.socket() == socket;
  }

  /** True while the caller is being put through to on-call staff: the call must outlive its media stream. */
  boolean awaitingTransfer() {
    return !ended.get() && session.awaitingTransfer();
  }

  /** True when the call must outlive its media stream: a live transfer, or the keypad-and-speech flow. */
  boolean outlivesStream() {
    return awaitingTransfer() || (!ended.get() && keypad.gathering());
  }

  /** True once the call was moved to the keypad-and-speech flow ({@code /twilio/gather}). */
  boolean gathering() {
    return keypad.gathering();
  }

  /** One turn of the keypad-and-speech flow ({@link KeypadFallback#turn}); blocks the webhook a while. */
  GatherOutput.Turn gatherTurn(Optional<String> heardText) {
    return keypad.turn(heardText);
  }

  /** The stream ended for a live transfer: stop listening, keep the session for the dial's result. */
  void park() {
    streamGone = true;
    ears.close();
  }

  /** How the live transfer's dial ended; the session records it and says what the line does next. */
  TransferStep transferEnded(boolean connected, String detail) {
    return session.transferEnded(connected, detail);
  }

  /** The caller is back on a new stream after nobody answered: Chris speaks and listens there from now on. */
  void resume(InboundFrame.Start start, OutboundSocket socket) {
    MediaLine line = MediaLine.open(start, socket, parts, report, this::onEvent, this::voiceLost);
    current = line;
    streamGone = false;
    submit(() -> session.resume(report.output(line.output())));
    ears.renew();
  }

  /**
   * Hands the caller to the office without Chris (the server is stopping): Twilio gets TwiML that needs nothing
   * more from us, and the session records the hand-over and finishes. Blocks for the REST request.
   */
  void handOver(Optional<PhoneNumber> office, String reason) {
    try {
      parts.control().forwardToOffice(callSid, office, OfficeForward.HANDING_OVER);
    } catch (PortException e) {
      log.warn("Call {}: could not hand over to the office ({}): {}", callSid, e.kind(), e.getMessage());
    }
    submit(() -> session.handOver(office, reason));
  }

  /** True once the call ended and its session's last work (the final record) is done. */
  boolean finished() {
    return turns.finished();
  }

  /** Waits until the session's last work (the final record) is done, at most {@code patience}. */
  boolean awaitEnded(Duration patience) throws InterruptedException {
    return turns.awaitFinished(patience);
  }

  /** True once Chris ended the conversation himself (goodbye or hand-off), as opposed to a broken stream. */
  boolean endedByAssistant() {
    return session.ended();
  }

  /** The stream stopped or the socket closed: close the ears, then finish the session on its own thread. */
  void end() {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    ears.close();
    // If the caller left mid-reply, the transcript keeps only what they heard and the voice stops at once (both
    // safe from this thread while a turn holds the session; after Chris's own goodbye there is nothing to cut).
    session.onCallerSpeechStarted();
    current.output().callerGone();
    submit(session::hangUp);
    turns.shutdown();
  }

  /** The voice produced nothing for a sentence: Chris hands the call over (after the current turn). */
  private void voiceLost(FailureKind kind) {
    log.warn("Call {}: the voice is not answering ({}): handing the call to staff", callSid, kind);
    submit(() -> session.onVoiceLost(kind));
  }

  private void submit(Runnable work) {
    turns.submit(work);
  }

  /** The session's events: a listening hint tunes the ears (longer pauses for an address or digits). */
  private void onEvent(CallEvent event) {
    if (event instanceof CallEvent.Expecting) {
      ears.expect(((CallEvent.Expecting) event).next());
    } else if (event instanceof CallEvent.ModelUsed) {
      TurnLog.modelUsed(callSid, (CallEvent.ModelUsed) event);
    }
  }

  /**
   * The ears are gone for the rest of the call (on the ears' thread): Twilio's own recognition takes over
   * ({@link #moveToGather}), and the turns skip the remote models (same vendor, unreachable) unless one has
   * proved healthy since.
   */
  private void earsGone() {
    submit(session::onModelsUnreachable);
    parts.io().execute(this::moveToGather);
  }

  /**
   * The ears are gone for the rest of the call: Twilio's own recognition takes over ({@link KeypadFallback}). If
   * Twilio cannot be told and the caller left meanwhile, nothing will come back for this call: it ends.
   */
  private void moveToGather() {
    if (ended.get() || keypad.moveToGather()) {
      return;
    }
    if (streamGone && !session.awaitingTransfer()) {
      end();
    }
  }

  private static CallStart callStart(InboundFrame.Start start, Optional<IncomingCall> call) {
    return new CallStart(new CallId("c_" + start.callSid()), Channel.PHONE,
        call.flatMap(IncomingCall::callerNumber), call.flatMap(c -> PhoneNumber.parse(c.to())));
  }
}
