package app.chris.core.call;

import app.chris.core.dialogue.CallContext;
import app.chris.core.dialogue.Instructions;
import app.chris.core.dialogue.ToolCatalog;
import app.chris.core.dialogue.Toolbox;
import app.chris.core.dialogue.Tools;
import app.chris.core.memory.CallMemory;
import app.chris.core.port.IdentityStatus;
import app.chris.core.port.ModelReply;
import app.chris.core.port.Prompt;
import app.chris.core.port.ToolCall;
import app.chris.core.port.ToolExchange;
import app.chris.core.port.ToolResult;
import app.chris.core.routing.ModelChoice;
import app.chris.core.routing.ModelRouter;
import app.chris.core.routing.RoutedReply;
import app.chris.core.speech.Speech;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * One caller turn: prompt the model, run the tools it asks for through the core's policies, loop (a few steps at
 * most), and make sure the caller always hears something. Used under the session's lock.
 */
final class TurnRunner {
  static final int MAX_STEPS = 4;
  private static final Pattern REPEAT = Pattern.compile("(?i)\\b(say (that|it) again|repeat (that|it|yourself)"
      + "|come again|pardon|didn'?t (catch|hear) (that|you|it)|one more time)\\b");
  private final Shared shared;
  private final CallContext ctx;
  private final CallMemory memory;
  private final Speech speech;
  private final Toolbox toolbox;
  private final CallOutput output;
  private final ToolRunner tools;
  private ModelRouter router;

  TurnRunner(Shared shared, CallContext ctx, CallMemory memory, Speech speech, Toolbox toolbox, CallOutput output) {
    this.shared = shared;
    this.ctx = ctx;
    this.memory = memory;
    this.speech = speech;
    this.toolbox = toolbox;
    this.output = output;
    this.tools = new ToolRunner(shared, toolbox, speech);
    this.router = shared.router();
  }

  /** The call's models were found unreachable: later turns skip those not proven healthy since. */
  void modelsUnreachable() {
    router = shared.router().provenOnly();
  }

  /** @param speechStoppedNanos when the caller stopped talking ({@code System.nanoTime}), if the ears said */
  void run(String said, OptionalLong speechStoppedNanos) {
    speech.beginTurn(REPEAT.matcher(said).find());
    output.event(new CallEvent.StateChanged(CallEvent.Activity.THINKING));
    ModelChoice choice = router.choose(said, ctx.identity() == IdentityStatus.FAILED);
    List<ToolExchange> exchanges = new ArrayList<>();
    List<ToolExchange> lastStep = List.of();
    for (int step = 0; step < MAX_STEPS; step++) {
      Optional<RoutedReply> routed = router.route(choice, prompt(exchanges), speech, output::event,
          speechStoppedNanos);
      if (routed.isEmpty()) {
        modelsDown();
        return;
      }
      choice = routed.get().answeredBy(); // a provider that failed this turn is not waited on again this turn
      ModelReply reply = routed.get().reply();
      if (!(reply instanceof ModelReply.ToolUse)) {
        lastStep = List.of();
        break;
      }
      lastStep = runTools((ModelReply.ToolUse) reply);
      exchanges.addAll(lastStep);
      if (leaving()) {
        break;
      }
    }
    finishTurn(lastStep);
  }

  /** The model never voiced the last tools' results (the call ended, or it ran out of steps): the core does. */
  private void finishTurn(List<ToolExchange> lastStep) {
    lastStep.forEach(e -> speech.say(e.result().data().getOrDefault(Tools.SAY, "")));
    if (speech.saidThisTurn() == 0) {
      speech.say(ctx.pending().map(p -> p.readBack()).orElse("Sorry, could you say that another way?"));
    }
    transferIfAsked(ctx.awaitingTransfer() ? "on-call emergency" : "transfer to staff");
    if (ctx.ended() && ctx.transferTo().isEmpty()) {
      output.hangUp();
    }
  }

  /**
   * Chris's voice is down: only fixed (cached) lines can still be heard. The transfer tool's policy picks the
   * number (on-call for an emergency, else the office); Chris says a fixed line and puts the caller through, or,
   * with nobody to take the call, asks for a message.
   */
  void handOff(String reason) {
    speech.beginTurn(true);
    ctx.record("voice_unavailable", false, reason, shared.deps().clock().instant());
    ToolCall transfer = ToolCall.of("voice-handoff", Tools.TRANSFER_TO_STAFF, Map.of(Tools.Args.REASON, reason));
    ToolResult result = toolbox.run(transfer);
    output.event(new CallEvent.ToolRan(transfer.name(), result.ok(), result.data().getOrDefault(Tools.STATUS, "")));
    speech.say(ctx.transferTo().isPresent() ? FixedLines.VOICE_DOWN_TRANSFER : FixedLines.VOICE_DOWN_MESSAGE);
    transferIfAsked(reason);
  }

  /** What the caller said after {@link #handOff} asked for a message: it is in the transcript; say goodbye. */
  void takeMessage() {
    speech.beginTurn(true);
    ctx.record("message_taken", true, "caller left a message while the voice was down",
        shared.deps().clock().instant());
    speech.say(FixedLines.MESSAGE_TAKEN);
    ctx.end();
    output.hangUp();
  }

  private void transferIfAsked(String reason) {
    ctx.transferTo().ifPresent(to -> {
      output.event(new CallEvent.Transferred(to, reason));
      output.transfer(to, ctx.transferWhisper().orElseGet(() -> "Call from "
          + shared.deps().directory().company().assistantName() + ": " + CallRecorder.summary(ctx, ctx.outcome())));
    });
  }

  private List<ToolExchange> runTools(ModelReply.ToolUse use) {
    List<ToolExchange> step = new ArrayList<>();
    for (ToolCall call : use.calls()) {
      ToolResult result = tools.run(call);
      step.add(new ToolExchange(call, result));
      output.event(new CallEvent.ToolRan(call.name(), result.ok(), result.data().getOrDefault(Tools.STATUS, "")));
      if (leaving()) {
        break;
      }
    }
    return step;
  }

  /** The caller is leaving Chris after this turn: the call ended, or a live transfer is about to ring. */
  private boolean leaving() {
    return ctx.ended() || ctx.awaitingTransfer();
  }

  private Prompt prompt(List<ToolExchange> exchanges) {
    return new Prompt(Instructions.forCompany(shared.deps().directory().company()), memory.view(ctx.facts()),
        ToolCatalog.all(), exchanges, ctx.pending());
  }

  private void modelsDown() {
    ctx.record("models_unavailable", false, "every model failed this turn", shared.deps().clock().instant());
    speech.say(FixedLines.MODELS_DOWN);
  }
}
