package app.chris.app.phone;

import app.chris.adapters.twilio.InboundFrame;
import app.chris.adapters.twilio.IncomingCall;
import app.chris.adapters.twilio.OutboundSocket;
import app.chris.adapters.twilio.TwilioCallerLine;
import app.chris.core.call.CallEvent;
import app.chris.core.call.CallSession;
import app.chris.core.call.CallStart;
import app.chris.core.port.AudioFrame;
import app.chris.core.port.CallId;
import app.chris.core.port.Channel;
import app.chris.core.port.FailureKind;
import app.chris.core.port.ConversationMemory;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Prompt;
import app.chris.core.port.RealtimeEvent;
import app.chris.core.voice.VoiceCallOutput;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One admitted phone call: the core's session speaking through a {@link VoiceCallOutput} onto the Twilio line,
 * listening through a realtime session (the ears). Session work (greeting, turns, keypad, hang-up) runs in
 * order on the call's own thread, never on the socket or realtime threads; barge-in goes straight through.
 */
final class PhoneCall {
  static final String EARS_INSTRUCTIONS = "You are the ears of a phone assistant: transcribe the caller. "
      + "Another system answers the caller; never reply.";
  private static final Logger log = LoggerFactory.getLogger(PhoneCall.class);

  private final String callSid;
  private final TwilioCallerLine line;
  private final VoiceCallOutput output;
  private final CallSession session;
  private final ExecutorService turns;
  private final Optional<Ears> ears;
  private final AtomicBoolean ended = new AtomicBoolean();
  private final AtomicInteger pending = new AtomicInteger();

  private PhoneCall(InboundFrame.Start start, Optional<IncomingCall> call, OutboundSocket socket, CallParts parts) {
    this.callSid = start.callSid();
    this.line = new TwilioCallerLine(start, socket, parts.codec(), parts.control(), parts.io());
    Prompt hearing = new Prompt(EARS_INSTRUCTIONS, ConversationMemory.empty(), List.of(), List.of(), Optional.empty());
    this.ears = parts.ears().map(model ->
        new Ears(callSid, model, hearing, this::onHeard, this::earsChanged, parts.io(), Ears.Retry.DEFAULT));
    this.output = new VoiceCallOutput(parts.voice(), line, this::onEvent, this::voiceLost);
    this.turns = Executors.newSingleThreadExecutor(r -> daemon(r, "chris-call-" + callSid));
    this.session = parts.assistant().startCall(callStart(start, call), output);
  }

  /** Greets at once on the call's thread and opens the ears in parallel (opening blocks while connecting). */
  static PhoneCall start(
      InboundFrame.Start start, Optional<IncomingCall> announced, OutboundSocket socket, CallParts parts) {
    PhoneCall call = new PhoneCall(start, announced, socket, parts);
    call.submit(call.session::begin);
    call.ears.ifPresent(Ears::open);
    return call;
  }

  String callSid() {
    return callSid;
  }

  void onAudio(AudioFrame frame) {
    ears.ifPresent(e -> e.hear(frame));
  }

  void onDigits(String digits) {
    submit(() -> session.onDigits(digits));
  }

  void onMark(String name) {
    if (line.acknowledge(name)) {
      output.markPlayed(name);
    }
  }

  /** True while Chris's audio is being synthesized or not yet confirmed played. */
  boolean speaking() {
    return output.speaking();
  }

  /** True while a turn (or the greeting) is queued or running: Chris may still have more to say. */
  boolean busy() {
    return pending.get() > 0;
  }

  /** Where the ears are; empty when the line has none (keypad only). */
  Optional<Ears.State> earsState() {
    return ears.map(Ears::state);
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
    ears.ifPresent(Ears::close);
    submit(session::hangUp);
    turns.shutdown();
  }

  /** The voice produced nothing for a sentence: Chris hands the call over (after the current turn). */
  private void voiceLost(FailureKind kind) {
    log.warn("Call {}: the voice is not answering ({}): handing the call to staff", callSid, kind);
    submit(() -> session.onVoiceLost(kind));
  }

  private void submit(Runnable work) {
    pending.incrementAndGet();
    try {
      turns.execute(() -> {
        try {
          work.run();
        } catch (RuntimeException e) {
          log.error("Call {}: a turn failed", callSid, e);
        } finally {
          pending.decrementAndGet();
        }
      });
    } catch (RejectedExecutionException e) {
      pending.decrementAndGet(); // the call is over: late transcripts and key presses have nobody to talk to
    }
  }

  private void onHeard(RealtimeEvent event) {
    if (event instanceof RealtimeEvent.SpeechStarted) {
      session.onCallerSpeechStarted(); // barge-in: immediate, safe from any thread, never blocks
    } else if (event instanceof RealtimeEvent.SpeechStopped) {
      session.onCallerSpeechStopped(); // the turn's latency is measured from here
    } else if (event instanceof RealtimeEvent.Transcript && ((RealtimeEvent.Transcript) event).complete()) {
      String text = ((RealtimeEvent.Transcript) event).text();
      submit(() -> session.onCallerText(text));
    }
  }

  /** The session's events: a listening hint tunes the ears (longer pauses for an address or digits). */
  private void onEvent(CallEvent event) {
    if (event instanceof CallEvent.Expecting) {
      ears.ifPresent(e -> e.expect(((CallEvent.Expecting) event).next()));
    } else if (event instanceof CallEvent.ModelUsed) {
      TurnLog.modelUsed(callSid, (CallEvent.ModelUsed) event);
    }
  }

  /** UNAVAILABLE is final for this call: only the keypad is understood from here on. */
  private void earsChanged(Ears.State state) {
    if (state == Ears.State.UNAVAILABLE) {
      log.warn("Call {}: no ears for the rest of the call: only keypad input is understood", callSid);
    }
  }

  private static CallStart callStart(InboundFrame.Start start, Optional<IncomingCall> call) {
    return new CallStart(new CallId("c_" + start.callSid()), Channel.PHONE,
        call.flatMap(IncomingCall::callerNumber), call.flatMap(c -> PhoneNumber.parse(c.to())));
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
