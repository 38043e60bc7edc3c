package app.chris.core.call;

import app.chris.core.dialogue.Toolbox;
import app.chris.core.port.ToolCall;
import app.chris.core.port.ToolResult;
import app.chris.core.speech.Patience;
import app.chris.core.speech.Speech;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/** Runs one tool on the pool so a slow port gets a hold phrase; the session waits for the result. */
final class ToolRunner {
  private static final Duration TOOL_LIMIT = Duration.ofSeconds(30);
  private final Shared shared;
  private final Toolbox toolbox;
  private final Speech speech;

  ToolRunner(Shared shared, Toolbox toolbox, Speech speech) {
    this.shared = shared;
    this.toolbox = toolbox;
    this.speech = speech;
  }

  ToolResult run(ToolCall call) {
    Future<ToolResult> work = shared.executor().submit(() -> toolbox.run(call));
    try {
      return Patience.await(work, shared.settings().holdAfter(), TOOL_LIMIT, speech::hold);
    } catch (ExecutionException | TimeoutException e) {
      return failed(call, "the tool did not finish");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(call, "interrupted");
    }
  }

  private static ToolResult failed(ToolCall call, String why) {
    return new ToolResult(call.id(), call.name(), false, "refused; reason=unavailable; " + why,
        Map.of("status", "refused", "reason", "unavailable", "say",
            "Sorry, that's taking too long on my end; I've noted it for the office."));
  }
}
