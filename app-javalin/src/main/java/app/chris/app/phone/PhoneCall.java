package app.chris.app.phone;

import app.chris.adapters.twilio.InboundFrame;
import app.chris.adapters.twilio.IncomingCall;
import app.chris.adapters.twilio.OutboundSocket;
import app.chris.adapters.twilio.TwilioCallerLine;
import app.chris.app.live.CallReport;
import app.chris.core.call.CallSession;
import app.chris.core.call.CallStart;
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
 */
final class PhoneCall {
  static final String EARS_INSTRUCTIONS = "You are the ears of a phone assistant: transcribe the caller. "
      + "Another system answers; keep any reply to one word.";
  private static final Logger log = LoggerFactory.getLogger(PhoneCall.class);

  private final String callSid;
  private final TwilioCallerLine line;
  private final VoiceCallOutput output;
  private final CallReport report;
  private final CallSession session;
  private final ExecutorService turns;
  private final AtomicReference<Optional<RealtimeSession>> ears = new AtomicReference<>(Optional.empty());
  private final AtomicBoolean ended = new AtomicBoolean();

  private PhoneCall(InboundFrame.Start start, Optional<IncomingCall> call, OutboundSocket socket, CallParts parts) {
    this.callSid = start.callSid();
    this.line = new TwilioCallerLine(start, socket, parts.codec(), parts.control(), parts.io());
    CallStart begins = callStart(start, call);
    this.report = parts.live().open(begins.id(), Channel.PHONE, begins.from());
    this.output = new VoiceCallOutput(report.voice(parts.voice(), "elevenlabs"), line);
    this.turns = Executors.newSingleThreadExecutor(r -> daemon(r, "chris-call-" + callSid));
    this.session = parts.assistant().startCall(begins, report.output(output));
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
    if (line.acknowledge(name)) {
      output.markPlayed(name);
    }
  }

  /** True while Chris's audio is being synthesized or not yet confirmed played. */
  boolean speaking() {
    return output.speaking();
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
      } else {
        report.vendor("openai", "connected");
      }
    } catch (PortException e) {
      report.vendor("openai", "unavailable");
      log.warn("Call {}: realtime ears unavailable ({}): only keypad input is understood", callSid, e.kind());
    }
  }

  private void onHeard(RealtimeEvent event) {
    if (event instanceof RealtimeEvent.SpeechStarted) {
      session.onCallerSpeechStarted(); // barge-in: immediate, safe from any thread, never blocks
    } else if (event instanceof RealtimeEvent.SpeechStopped) {
      report.speechEnded();
    } else if (event instanceof RealtimeEvent.Transcript && !((RealtimeEvent.Transcript) event).complete()) {
      report.callerPartial(((RealtimeEvent.Transcript) event).text());
    } else if (event instanceof RealtimeEvent.Transcript) {
      String text = ((RealtimeEvent.Transcript) event).text();
      report.callerSaid(text);
      submit(() -> session.onCallerText(text));
    } else if (event instanceof RealtimeEvent.Failed) {
      report.vendor("openai", "failed (" + ((RealtimeEvent.Failed) event).kind() + ")");
      log.warn("Call {}: realtime ears failed ({}): {}", callSid, ((RealtimeEvent.Failed) event).kind(),
          ((RealtimeEvent.Failed) event).message());
      ears.set(Optional.empty());
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
