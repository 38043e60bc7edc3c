package app.chris.app.phone;

import app.chris.adapters.twilio.InboundFrame;
import app.chris.adapters.twilio.IncomingCall;
import app.chris.adapters.twilio.OfficeForward;
import app.chris.adapters.twilio.OutboundSocket;
import app.chris.adapters.twilio.TwilioCallerLine;
import app.chris.core.call.CallSession;
import app.chris.core.call.CallStart;
import app.chris.core.call.TransferStep;
import app.chris.core.port.AudioFrame;
import app.chris.core.port.CallId;
import app.chris.core.port.Channel;
import app.chris.core.port.ConversationMemory;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.PortException;
import app.chris.core.port.Prompt;
import app.chris.core.port.RealtimeEvent;
import app.chris.core.port.RealtimeModel;
import app.chris.core.port.RealtimeSession;
import app.chris.core.voice.VoiceCallOutput;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One admitted phone call: the core's session speaking through a {@link VoiceCallOutput} onto the Twilio line,
 * listening through a realtime session (the ears). Session work (greeting, turns, keypad, hang-up) runs in
 * order on the call's own thread, never on the socket or realtime threads; barge-in goes straight through.
 * While on-call staff are rung (live transfer) the call outlives its media stream; if nobody answers, the caller
 * comes back on a new stream ({@link #resume}) to the same session.
 */
final class PhoneCall {
  static final String EARS_INSTRUCTIONS = "You are the ears of a phone assistant: transcribe the caller. "
      + "Another system answers; keep any reply to one word.";
  private static final Logger log = LoggerFactory.getLogger(PhoneCall.class);

  private final String callSid;
  private final CallParts parts;
  private volatile Line current;
  private final CallSession session;
  private final ExecutorService turns;
  private final AtomicReference<Optional<RealtimeSession>> ears = new AtomicReference<>(Optional.empty());
  private final AtomicBoolean ended = new AtomicBoolean();

  private PhoneCall(InboundFrame.Start start, Optional<IncomingCall> call, OutboundSocket socket, CallParts parts) {
    this.callSid = start.callSid();
    this.parts = parts;
    this.current = Line.open(start, socket, parts);
    this.turns = Executors.newSingleThreadExecutor(r -> daemon(r, "chris-call-" + callSid));
    this.session = parts.assistant().startCall(callStart(start, call), current.output());
  }

  /** Greets at once on the call's thread and opens the ears in parallel (opening blocks while connecting). */
  static PhoneCall start(
      InboundFrame.Start start, Optional<IncomingCall> announced, OutboundSocket socket, CallParts parts) {
    PhoneCall call = new PhoneCall(start, announced, socket, parts);
    call.submit(call.session::begin);
    parts.ears().ifPresent(model -> parts.io().execute(() -> call.openEars(model)));
    return call;
  }

  String callSid() {
    return callSid;
  }

  void onAudio(AudioFrame frame) {
    ears.get().ifPresent(e -> e.sendAudio(frame));
  }

  void onDigits(String digits) {
    submit(() -> session.onDigits(digits));
  }

  void onMark(String name) {
    Line line = current;
    if (line.twilio().acknowledge(name)) {
      line.output().markPlayed(name);
    }
  }

  /** True while Chris's audio is being synthesized or not yet confirmed played. */
  boolean speaking() {
    return current.output().speaking();
  }

  /** True when {@code socket} carries this call's current media stream (not an earlier one). */
  boolean isOn(OutboundSocket socket) {
    return current.socket() == socket;
  }

  /** True while the caller is being put through to on-call staff: the call must outlive its media stream. */
  boolean awaitingTransfer() {
    return !ended.get() && session.awaitingTransfer();
  }

  /** The stream ended for a live transfer: stop listening, keep the session for the dial's result. */
  void park() {
    ears.getAndSet(Optional.empty()).ifPresent(RealtimeSession::close);
  }

  /** How the live transfer's dial ended; the session records it and says what the line does next. */
  TransferStep transferEnded(boolean connected, String detail) {
    return session.transferEnded(connected, detail);
  }

  /** The caller is back on a new stream after nobody answered: Chris speaks and listens there from now on. */
  void resume(InboundFrame.Start start, OutboundSocket socket) {
    Line line = Line.open(start, socket, parts);
    current = line;
    submit(() -> session.resume(line.output()));
    parts.ears().ifPresent(model -> parts.io().execute(() -> openEars(model)));
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
    return turns.isTerminated();
  }

  /** Waits until the session's last work (the final record) is done, at most {@code patience}. */
  boolean awaitEnded(java.time.Duration patience) throws InterruptedException {
    return turns.awaitTermination(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
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
    ears.getAndSet(Optional.empty()).ifPresent(RealtimeSession::close);
    submit(session::hangUp);
    turns.shutdown();
  }

  private void submit(Runnable work) {
    try {
      turns.execute(() -> {
        try {
          work.run();
        } catch (RuntimeException e) {
          log.error("Call {}: a turn failed", callSid, e);
        }
      });
    } catch (RejectedExecutionException e) {
      // The call is over: late transcripts and key presses have nobody to talk to.
    }
  }

  private void openEars(RealtimeModel model) {
    Prompt prompt = new Prompt(EARS_INSTRUCTIONS, ConversationMemory.empty(), List.of(), List.of(), Optional.empty());
    try {
      RealtimeSession opened = model.open(prompt, this::onHeard);
      if (ended.get() || !ears.compareAndSet(Optional.empty(), Optional.of(opened))) {
        opened.close();
      }
    } catch (PortException e) {
      log.warn("Call {}: realtime ears unavailable ({}): only keypad input is understood", callSid, e.kind());
    }
  }

  private void onHeard(RealtimeEvent event) {
    if (event instanceof RealtimeEvent.SpeechStarted) {
      session.onCallerSpeechStarted(); // barge-in: immediate, safe from any thread, never blocks
    } else if (event instanceof RealtimeEvent.Transcript && ((RealtimeEvent.Transcript) event).complete()) {
      String text = ((RealtimeEvent.Transcript) event).text();
      submit(() -> session.onCallerText(text));
    } else if (event instanceof RealtimeEvent.Failed) {
      log.warn("Call {}: realtime ears failed ({}): {}", callSid, ((RealtimeEvent.Failed) event).kind(),
          ((RealtimeEvent.Failed) event).message());
      ears.set(Optional.empty());
    }
  }

  private static CallStart callStart(InboundFrame.Start start, Optional<IncomingCall> call) {
    return new CallStart(new CallId("c_" + start.callSid()), Channel.PHONE,
        call.flatMap(IncomingCall::callerNumber), call.flatMap(c -> PhoneNumber.parse(c.to())));
  }

  /** One media stream of the call: Twilio's line on its socket and Chris's voice on it. */
  private record Line(TwilioCallerLine twilio, VoiceCallOutput output, OutboundSocket socket) {
    static Line open(InboundFrame.Start start, OutboundSocket socket, CallParts parts) {
      TwilioCallerLine twilio = new TwilioCallerLine(start, socket, parts.codec(), parts.control(), parts.io());
      return new Line(twilio, new VoiceCallOutput(parts.voice(), twilio), socket);
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
