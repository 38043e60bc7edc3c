package app.chris.core.call;

import app.chris.core.dialogue.CallContext;
import app.chris.core.dialogue.Toolbox;
import app.chris.core.memory.CallMemory;
import app.chris.core.port.PhoneNumber;
import app.chris.core.speech.Speech;
import java.util.Optional;

/**
 * The side of a session that deals with people other than Chris: an on-call transfer's dial results, the caller
 * coming back when nobody answered, their message, and a hand-over by the host. Used under the session's lock;
 * the session ends the call when a method says so.
 */
final class LiveTransfer {
  private final CallContext ctx;
  private final Toolbox toolbox;
  private final Speech speech;
  private final SwitchableOutput output;
  private final CallRecorder recorder;
  private final CallMemory memory;

  LiveTransfer(CallContext ctx, Toolbox toolbox, Speech speech, SwitchableOutput output, CallRecorder recorder,
      CallMemory memory) {
    this.ctx = ctx;
    this.toolbox = toolbox;
    this.speech = speech;
    this.output = output;
    this.recorder = recorder;
    this.memory = memory;
  }

  /** True when nobody on call answered and the caller's next words are their message. */
  boolean awaitingMessage() {
    return toolbox.awaitingOnCallMessage();
  }

  /** Passes the message on, says goodbye and hangs up; the session then ends. */
  void takeMessage(String said) {
    speech.beginTurn(false);
    speech.say(toolbox.takeOnCallMessage(said));
    output.hangUp();
  }

  /** Records the dial's result; {@link TransferStep.Finished} means the session must end the call now. */
  TransferStep dialEnded(boolean answered, String detail) {
    if (answered) {
      toolbox.onCallAnswered(detail);
      return new TransferStep.Finished();
    }
    Optional<PhoneNumber> next = toolbox.onCallMissed(detail);
    recorder.save(ctx, memory);
    return next.<TransferStep>map(to -> new TransferStep.Dial(to, ctx.transferWhisper().orElse("")))
        .orElseGet(TransferStep.BackToAssistant::new);
  }

  /** Chris is back on {@code next}: after nobody answered, he says what happens next and asks for a message. */
  void resume(CallOutput next) {
    output.switchTo(next);
    if (awaitingMessage()) {
      speech.beginTurn(false);
      speech.say(toolbox.onCallComeBack());
      recorder.save(ctx, memory);
    }
    output.event(new CallEvent.StateChanged(CallEvent.Activity.LISTENING));
  }

  /** The host put the caller through to {@code to} (or could not: empty) without Chris; the session then ends. */
  void handedOver(Optional<PhoneNumber> to, String reason) {
    toolbox.handedOver(to, reason);
  }
}
