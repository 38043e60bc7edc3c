package app.chris.core.call;

import app.chris.core.dialogue.AlreadyKnownFilter;
import app.chris.core.dialogue.CallContext;
import app.chris.core.dialogue.DisclosureGuard;
import app.chris.core.dialogue.Toolbox;
import app.chris.core.memory.CallMemory;
import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Channel;
import app.chris.core.port.FailureKind;
import app.chris.core.port.IdentityStatus;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Speaker;
import app.chris.core.speech.Speech;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One call's conversation. Thread-safety: every event method is synchronized on the session, so events are
 * handled one at a time in arrival order and {@link #onCallerText} blocks until Chris has answered; model and
 * tool work runs on the assistant's pool while the session waits (saying a hold phrase when it is slow).
 * {@link #onCallerSpeechStarted()} is the exception: barge-in takes effect at once, from any thread: it drops the
 * rest of the reply and takes back from memory what the caller did not hear. If the caller's words turn out to be
 * only a backchannel ("mm-hmm", "okay"), or nothing, Chris resumes what they missed.
 */
public final class CallSession {
  private static final int MEMORY_WINDOW = 24;
  private static final int SUMMARY_LIMIT = 600;
  private final CallStart start;
  private final SwitchableOutput output;
  private final Shared shared;
  private final CallContext ctx;
  private final CallMemory memory;
  private final CallerWords callerWords = new CallerWords();
  private final Speech speech;
  private final Toolbox toolbox;
  private final CallRecorder recorder;
  private final TurnRunner turns;
  private final AtomicLong speechStoppedNanos = new AtomicLong(-1);
  private final ListeningHint hint;
  private final LiveTransfer transfers;
  private boolean ended;
  private boolean voiceLost;

  CallSession(CallStart start, CallOutput output, Shared shared) {
    this.start = start;
    this.output = new SwitchableOutput(output);
    this.shared = shared;
    Random random = new Random();
    this.ctx = new CallContext(start.id(), start.from(), start.channel() == Channel.PHONE);
    this.memory = new CallMemory(shared.deps().clock(), MEMORY_WINDOW, SUMMARY_LIMIT);
    this.speech = new Speech(this.output, AlreadyKnownFilter.after(
        new DisclosureGuard(shared.services(), ctx, callerWords::text), new AlreadyKnownFilter(ctx)),
        line -> memory.add(Speaker.ASSISTANT, line), random);
    this.toolbox = new Toolbox(shared.services(), ctx, random);
    this.recorder = new CallRecorder(start, shared);
    this.turns = new TurnRunner(shared, ctx, memory, speech, toolbox, this.output);
    this.transfers = new LiveTransfer(ctx, toolbox, speech, this.output, recorder, memory);
    this.hint = new ListeningHint(this.output);
  }

  public CallId id() {
    return start.id();
  }

  /** Greets the caller and records the call as active. */
  public synchronized void begin() {
    if (start.from().filter(f -> shared.deps().ledger().byPhone(f).stream()
        .filter(t -> t.status().isResident()).count() == 1).isPresent()) {
      ctx.markCallerIdMatch(shared.deps().ledger().byPhone(start.from().get()).get(0));
    }
    speech.beginTurn(false);
    speech.say(shared.greeter().greet(shared.deps().directory().company(), start.from()));
    output.event(new CallEvent.StateChanged(CallEvent.Activity.LISTENING));
    recorder.save(ctx, memory);
  }

  /**
   * The caller started talking: stop speaking now (barge-in). Memory keeps only what the caller heard of Chris's
   * reply, marked as interrupted. Safe from any thread; waits at most for one sentence being sent.
   */
  public void onCallerSpeechStarted() {
    List<String> unheard = speech.interrupt();
    if (!unheard.isEmpty()) {
      memory.interrupted(unheard);
    }
  }

  /**
   * The caller stopped talking (the ears' end of speech, before the transcript is final): the next turn's
   * latency is measured from here. Safe from any thread, never blocks.
   */
  public void onCallerSpeechStopped() {
    speechStoppedNanos.set(System.nanoTime());
  }

  /**
   * What the caller said (a final transcript, possibly empty, or a test-call turn); returns once Chris has
   * answered. After a barge-in, a backchannel or nothing at all resumes what the caller missed. Ignored while
   * the caller waits on a live transfer; after an on-call transfer nobody answered, it is the caller's message.
   */
  public synchronized void onCallerText(String text) {
    long stopped = speechStoppedNanos.getAndSet(-1);
    if (ended || ctx.awaitingTransfer()) {
      return;
    }
    String said = text.strip();
    List<String> missed = speech.resumable();
    boolean resume = !missed.isEmpty() && (said.isEmpty() || Backchannels.is(said));
    if (said.isEmpty() && !resume) {
      return;
    }
    hear(said);
    if (transfers.awaitingMessage()) {
      transfers.takeMessage(said);
      end();
      return;
    }
    if (resume) {
      speech.resume(missed);
    } else if (voiceLost) {
      turns.takeMessage();
    } else {
      turns.run(said, stopped < 0 ? OptionalLong.empty() : OptionalLong.of(stopped));
    }
    afterTurn();
  }

  private void afterTurn() {
    if (ctx.ended()) {
      end();
    } else {
      recorder.save(ctx, memory);
      hint.after(speech.lastSaidThisTurn(), ctx.pending());
      output.event(new CallEvent.StateChanged(ctx.awaitingTransfer()
          ? CallEvent.Activity.TRANSFERRING : CallEvent.Activity.LISTENING));
    }
  }

  /**
   * Chris's voice stopped producing audio (the synthesizer is down), reported by the voice channel. Fixed lines
   * still play from the phrase cache: Chris apologises and hands the caller to staff, or, with nobody to transfer
   * to, asks for a message and takes it on the caller's next words. Runs after the current turn.
   */
  public synchronized void onVoiceLost(FailureKind kind) {
    if (ended || voiceLost) {
      return;
    }
    voiceLost = true;
    turns.handOff("voice unavailable (" + kind + ")");
    afterTurn();
  }

  /**
   * The host found this call's model vendor unreachable (its realtime session cannot open, so the call moved to a
   * keypad-and-speech flow): from now on each turn goes straight to the offline engine unless a remote model's
   * circuit breaker has seen a success since, instead of paying every remote model's timeout first.
   */
  public synchronized void onModelsUnreachable() {
    turns.modelsUnreachable();
  }

  /** True while the caller is being put through to on-call staff and the dial's result is awaited. */
  public synchronized boolean awaitingTransfer() {
    return !ended && ctx.awaitingTransfer();
  }

  /**
   * The host reports how a live transfer's dial ended ({@code answered}: the person picked up; {@code detail}:
   * e.g. "no-answer" or "completed, 95 s"). Every step is recorded; returns what the line does next.
   */
  public synchronized TransferStep transferEnded(boolean answered, String detail) {
    if (!awaitingTransfer()) {
      return new TransferStep.Finished();
    }
    TransferStep step = transfers.dialEnded(answered, detail);
    if (step instanceof TransferStep.Finished) {
      end();
    }
    return step;
  }

  /**
   * The caller is back with Chris on a new line after a live transfer nobody answered: Chris speaks through
   * {@code next} from now on, says what happens next and asks for a message.
   */
  public synchronized void resume(CallOutput next) {
    if (!ended) {
      transfers.resume(next);
    }
  }

  /**
   * The host put the caller through to {@code to} without Chris (e.g. the server is shutting down), or could not
   * ({@code to} empty): recorded with {@code reason}, and the call is finished. Chris says nothing; the line
   * speaks. Idempotent; returns the final record.
   */
  public synchronized CallRecord handOver(Optional<PhoneNumber> to, String reason) {
    if (!ended) {
      transfers.handedOver(to, reason);
      end();
    }
    return shared.deps().callLog().find(id()).orElseThrow();
  }

  /** Keypad input, handled like words (e.g. "1" for yes in a menu the model offered). */
  public synchronized void onDigits(String digits) {
    onCallerText(digits);
  }

  /** The caller hung up (or the host ends the call); returns the final record. Idempotent. */
  public synchronized CallRecord hangUp() {
    if (!ended) {
      end();
    }
    return shared.deps().callLog().find(id()).orElseThrow();
  }

  public synchronized boolean ended() {
    return ended;
  }

  private void end() {
    ended = true;
    toolbox.finish();
    recorder.finish(ctx, memory);
    output.event(new CallEvent.StateChanged(CallEvent.Activity.ENDED));
  }

  private void hear(String said) {
    if (!said.isEmpty()) {
      memory.add(Speaker.CALLER, said);
      callerWords.add(said);
    }
  }

  IdentityStatus identity() {
    return ctx.identity();
  }
}
