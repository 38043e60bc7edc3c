package app.chris.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.dialogue.ToolCatalog;
import app.chris.core.dialogue.Tools;
import app.chris.core.port.CallFacts;
import app.chris.core.port.ConversationMemory;
import app.chris.core.port.ModelReply;
import app.chris.core.port.PendingConfirmation;
import app.chris.core.port.PendingConfirmation.Kind;
import app.chris.core.port.Prompt;
import app.chris.core.port.Speaker;
import app.chris.core.port.ToolCall;
import app.chris.core.port.ToolExchange;
import app.chris.core.port.ToolResult;
import app.chris.core.port.TranscriptLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The model's protocol with the core, on hand-built prompts: tools first, then words from the results. */
class OfflineLanguageModelTest {
  private static final OfflineLanguageModel MODEL = new OfflineLanguageModel();

  private static Prompt prompt(String said, List<ToolExchange> exchanges, Optional<PendingConfirmation> pending) {
    List<TranscriptLine> lines = List.of(
        new TranscriptLine(Speaker.ASSISTANT, "Thanks for calling, this is Chris. How can I help?", Instant.EPOCH),
        new TranscriptLine(Speaker.CALLER, said, Instant.EPOCH));
    return new Prompt("", new ConversationMemory("", lines, CallFacts.empty()), ToolCatalog.all(), exchanges,
        pending);
  }

  private static List<ToolCall> calls(ModelReply reply) {
    assertThat(reply).isInstanceOf(ModelReply.ToolUse.class);
    return ((ModelReply.ToolUse) reply).calls();
  }

  @Test
  void givenAGasSmell_firstStep_reportsTheEmergencyBeforeAnythingElse() {
    List<ToolCall> calls = calls(MODEL.complete(prompt("I smell gas, I'm at 21 Oak Street", List.of(),
        Optional.empty()), d -> {}));
    assertThat(calls.get(0).name()).isEqualTo(Tools.REPORT_EMERGENCY);
    assertThat(calls.get(0).arguments()).containsEntry(Tools.Args.KIND, "gas");
    assertThat(calls).extracting(ToolCall::name).contains(Tools.NOTE_DETAILS);
  }

  @Test
  void givenALeakWithDetails_firstStep_notesThemThenAsksForARequest() {
    List<ToolCall> calls = calls(MODEL.complete(prompt("Hi, this is Ana Ruiz at 120 Maple Court, apartment 1A. "
        + "My kitchen faucet keeps dripping.", List.of(), Optional.empty()), d -> {}));
    assertThat(calls).extracting(ToolCall::name).containsExactly(Tools.NOTE_DETAILS, Tools.CREATE_SERVICE_REQUEST);
    assertThat(calls.get(0).arguments()).containsEntry(Tools.Args.CALLER_NAME, "Ana Ruiz")
        .containsEntry(Tools.Args.ADDRESS, "120 Maple Court, unit 1A");
    assertThat(calls.get(1).arguments()).containsEntry(Tools.Args.CATEGORY, "plumbing")
        .containsEntry(Tools.Args.PRIORITY, "normal")
        .containsEntry(Tools.Args.DESCRIPTION, "kitchen faucet keeps dripping");
  }

  @Test
  void givenAPendingQuestion_firstStep_answersItWithConfirm() {
    Optional<PendingConfirmation> permission = Optional.of(new PendingConfirmation(Kind.PERMISSION_TO_ENTER,
        "May maintenance enter if you're not home?"));
    List<ToolCall> calls = calls(MODEL.complete(prompt("Sure, you can enter.", List.of(), permission), d -> {}));
    assertThat(calls).singleElement().satisfies(c -> {
      assertThat(c.name()).isEqualTo(Tools.CONFIRM);
      assertThat(c.arguments()).containsEntry(Tools.Args.ANSWER, "yes");
    });
  }

  @Test
  void givenAnythingElsePending_thatsAll_answersNo() {
    Optional<PendingConfirmation> anything = Optional.of(new PendingConfirmation(Kind.ANYTHING_ELSE, "Anything else?"));
    List<ToolCall> calls = calls(MODEL.complete(prompt("Great, that's all.", List.of(), anything), d -> {}));
    assertThat(calls).singleElement().satisfies(c -> assertThat(c.arguments()).containsEntry(Tools.Args.ANSWER, "no"));
  }

  @Test
  void givenToolResults_nextStep_relaysTheirWordsInOrderAndStreamsThem() {
    ToolCall call = ToolCall.of("offline_1", Tools.ANSWER_QUESTION, Map.of(Tools.Args.QUESTION, "pool?"));
    ToolResult result = new ToolResult("offline_1", Tools.ANSWER_QUESTION, true, "answered",
        Map.of(Tools.SAY, "The pool is open 10am to 8pm.", Tools.STATUS, "answered"));
    List<String> deltas = new ArrayList<>();
    ModelReply reply = MODEL.complete(prompt("when is the pool open", List.of(new ToolExchange(call, result)),
        Optional.empty()), deltas::add);
    assertThat(reply).isInstanceOf(ModelReply.Text.class);
    assertThat(reply.text()).startsWith("The pool is open 10am to 8pm.").endsWith("?");
    assertThat(String.join("", deltas).strip()).isEqualTo(reply.text());
  }

  @Test
  void givenTheSamePromptTwice_complete_answersTheSame() {
    Prompt p = prompt("can you say that again", List.of(), Optional.empty());
    assertThat(MODEL.complete(p, d -> {})).isEqualTo(MODEL.complete(p, d -> {}));
    Prompt q = prompt("hmm blorp", List.of(), Optional.empty());
    assertThat(MODEL.complete(q, d -> {}).text()).isEqualTo(MODEL.complete(q, d -> {}).text());
  }

  @Test
  void givenSayThatAgain_firstStep_repeatsChrisLastWords() {
    ModelReply reply = MODEL.complete(prompt("sorry, say that again?", List.of(), Optional.empty()), d -> {});
    assertThat(reply.text()).isEqualTo("Thanks for calling, this is Chris. How can I help?");
    assertThat(MODEL.name()).isEqualTo("offline");
  }
}
