package app.chris.app;

import app.chris.core.port.LanguageModel;
import app.chris.core.port.ModelReply;
import app.chris.core.port.Prompt;
import app.chris.core.port.Speaker;
import app.chris.core.port.TextStream;
import app.chris.core.port.ToolCall;
import app.chris.core.port.TranscriptLine;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test stand-in for the offline engine: answers "You said: ..."; on "bye" it asks the core to end the call. */
public final class EchoModel implements LanguageModel {
  @Override
  public String name() {
    return "echo";
  }

  @Override
  public ModelReply complete(Prompt prompt, TextStream stream) {
    List<TranscriptLine> lines = prompt.memory().recent();
    String last = lines.stream().filter(l -> l.speaker() == Speaker.CALLER).reduce((a, b) -> b)
        .map(TranscriptLine::text).orElse("");
    if (last.equalsIgnoreCase("bye") && prompt.toolExchanges().isEmpty()) {
      return new ModelReply.ToolUse("", List.of(new ToolCall("t1", "end_call", Map.of("reason", "caller is done"), Optional.empty())));
    }
    if (!prompt.toolExchanges().isEmpty()) {
      return new ModelReply.Text("Goodbye!");
    }
    return new ModelReply.Text("You said: " + last);
  }
}
