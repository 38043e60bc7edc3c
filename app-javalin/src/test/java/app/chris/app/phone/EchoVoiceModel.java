package app.chris.app.phone;

import app.chris.core.port.LanguageModel;
import app.chris.core.port.ModelReply;
import app.chris.core.port.Prompt;
import app.chris.core.port.Speaker;
import app.chris.core.port.TextStream;
import app.chris.core.port.TranscriptLine;

/** Answers every caller line with "You said: ..." (so a test can tell Chris's answer reached the voice). */
final class EchoVoiceModel implements LanguageModel {
  @Override
  public String name() {
    return "echo";
  }

  @Override
  public ModelReply complete(Prompt prompt, TextStream stream) {
    String last = prompt.memory().recent().stream().filter(l -> l.speaker() == Speaker.CALLER)
        .reduce((a, b) -> b).map(TranscriptLine::text).orElse("");
    return new ModelReply.Text("You said: " + last);
  }
}
