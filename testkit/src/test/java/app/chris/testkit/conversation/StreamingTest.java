package app.chris.testkit.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.LanguageModel;
import app.chris.core.port.ModelReply;
import app.chris.core.port.Prompt;
import app.chris.core.port.TextStream;
import app.chris.core.routing.ModelLineup;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Sentences reach the caller as soon as they are complete; barge-in drops the rest of the reply. */
class StreamingTest {
  private final Harness h = new Harness();

  /** A model that streams two sentences and runs {@code between} after the first. */
  private record TwoSentences(Consumer<Void> between) implements LanguageModel {
    @Override
    public String name() {
      return "two-sentences";
    }

    @Override
    public ModelReply complete(Prompt prompt, TextStream stream) {
      stream.delta("The pool opens at ");
      stream.delta("ten. It clo");
      between.accept(null);
      stream.delta("ses at eight.");
      return new ModelReply.Text("The pool opens at ten. It closes at eight.");
    }
  }

  @Test
  void each_complete_sentence_is_said_before_the_model_finishes() {
    List<List<String>> seenMidway = new ArrayList<>();
    Harness.Call[] holder = new Harness.Call[1];
    h.use(ModelLineup.only(new TwoSentences(v -> seenMidway.add(holder[0].output().said()))), Harness.quick());
    holder[0] = h.call("+13125550188");

    String reply = holder[0].say("When is the pool open?");

    assertThat(seenMidway.get(0)).endsWith("The pool opens at ten.");
    assertThat(reply).isEqualTo("The pool opens at ten. It closes at eight.");
  }

  @Test
  void barge_in_stops_speech_and_drops_the_rest_of_the_reply() {
    Harness.Call[] holder = new Harness.Call[1];
    h.use(ModelLineup.only(new TwoSentences(v -> holder[0].session().onCallerSpeechStarted())), Harness.quick());
    holder[0] = h.call("+13125550188");

    String reply = holder[0].say("When is the pool open?");

    assertThat(reply).isEqualTo("The pool opens at ten.");
    assertThat(holder[0].output().stops()).isEqualTo(1);
    assertThat(h.callLog.find(holder[0].session().id()).orElseThrow().transcript())
        .noneMatch(l -> l.text().contains("closes at eight"));
  }
}
