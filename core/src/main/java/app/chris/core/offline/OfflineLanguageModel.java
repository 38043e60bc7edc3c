package app.chris.core.offline;

import app.chris.core.port.LanguageModel;
import app.chris.core.port.ModelReply;
import app.chris.core.port.Prompt;
import app.chris.core.port.TextStream;
import java.util.regex.Pattern;

/**
 * The offline language engine as a {@link LanguageModel} (name {@code offline}): Chris's default brain with no
 * cloud model and the last step of the failover chain. It understands the caller's last line without any network
 * (intents, slots, paraphrases, typos) and drives the same core tools a cloud model would: the first step of a
 * turn asks for tools, the next relays their results. Deterministic (same prompt, same reply), stateless and
 * thread-safe (it only remembers what recent transcript lines meant, as the step after a tool reads the same line
 * again); never throws for odd input. Loading takes a moment, so build one and share it.
 */
public final class OfflineLanguageModel implements LanguageModel {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
  private final Understandings nlu;

  public OfflineLanguageModel() {
    this.nlu = new Understandings(LanguageUnderstanding.load());
  }

  @Override
  public String name() {
    return "offline";
  }

  /** Always: it runs in this process. */
  @Override
  public boolean provenHealthy() {
    return true;
  }

  @Override
  public ModelReply complete(Prompt prompt, TextStream stream) {
    Turn turn = Turn.of(prompt, nlu);
    ModelReply reply = prompt.toolExchanges().isEmpty() ? TurnPlanner.plan(turn)
        : ReplyComposer.compose(turn, prompt);
    if (reply instanceof ModelReply.Text) {
      for (String sentence : SENTENCE_END.split(reply.text())) {
        stream.delta(sentence + " ");
      }
    }
    return reply;
  }
}
