package app.chris.app;

import app.chris.core.port.LanguageModel;
import app.chris.core.port.ModelReply;
import app.chris.core.port.Prompt;
import app.chris.core.port.Speaker;
import app.chris.core.port.TextStream;
import app.chris.core.port.TranscriptLine;
import java.util.List;

/** Test stand-in for the offline engine: answers every caller line with "You said: ..." . */
final class EchoModel implements LanguageModel {
  @Override
  public String name() {
    return "echo";
  }

  @Override
  public ModelReply complete(Prompt prompt, TextStream stream) {
    List<TranscriptLine> lines = prompt.memory().recent();
    String last = lines.stream().filter(l -> l.speaker() == Speaker.CALLER).reduce((a, b) -> b)
        .map(TranscriptLine::text).orElse("");
    return new ModelReply.Text("You said: " + last);
  }
}
