package app.chris.adapters.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.chris.core.port.FailureKind;
import app.chris.core.port.ModelReply;
import app.chris.core.port.PortException;
import app.chris.core.port.TextStream;
import app.chris.core.port.ToolCall;
import app.chris.testkit.openai.ChatScript;
import app.chris.testkit.openai.FakeOpenAiServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiChatModelStreamTest {
  private final FakeOpenAiServer server = FakeOpenAiServer.start();
  private final OpenAiChatModel model = FakeProvider.model(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenMalformedEventsAmongGoodOnes_complete_ignoresAndCountsThem() {
    server.enqueue(ChatScript.stream()
        .text("Your ")
        .rawLine("data: {not json").rawLine("")
        .rawLine(": keep-alive")
        .rawLine("nonsense without a field")
        .rawLine("data: {\"unexpected\":true}").rawLine("")
        .text("request is in.")
        .finish("stop")
        .build());

    ModelReply reply = model.complete(TestPrompts.turn(), TextStream.IGNORE);

    assertThat(reply.text()).isEqualTo("Your request is in.");
    assertThat(model.malformedEvents()).isEqualTo(3);
  }

  @Test
  void givenUnparseableToolArguments_complete_surfacesMalformedArguments() {
    server.enqueue(ChatScript.toolCall("call_1", "find_address", "{\"address\": \"12 Oak", " Str"));

    ModelReply reply = model.complete(TestPrompts.turn(), TextStream.IGNORE);

    ToolCall call = ((ModelReply.ToolUse) reply).calls().get(0);
    assertThat(call.name()).isEqualTo("find_address");
    assertThat(call.arguments()).isEmpty();
    assertThat(call.malformedArguments()).contains("{\"address\": \"12 Oak Str");
  }

  @Test
  void givenWordsThenTwoToolCalls_complete_returnsBothCallsInIndexOrderWithTheWords() {
    server.enqueue(ChatScript.stream()
        .text("Let me check. ")
        .toolCall(0, "call_a", "find_address", "{\"address\":", "\"12 Oak\"}")
        .toolCall(1, "call_b", "find_address", "{\"address\":\"9 Elm\",\"floor\":2,\"tags\":[\"x\"],\"n\":null}")
        .finish("tool_calls")
        .build());

    ModelReply.ToolUse use = (ModelReply.ToolUse) model.complete(TestPrompts.turn(), TextStream.IGNORE);

    assertThat(use.text()).isEqualTo("Let me check. ");
    assertThat(use.calls()).extracting(ToolCall::id).containsExactly("call_a", "call_b");
    assertThat(use.calls().get(1).arguments())
        .containsExactlyInAnyOrderEntriesOf(Map.of("address", "9 Elm", "floor", "2", "tags", "[\"x\"]"));
  }

  @Test
  void givenMultiLineDataArrivingInTinyPieces_complete_reassemblesEveryEvent() {
    server.enqueue(ChatScript.stream().multiLineData().trickle()
        .text("Split ").text("across ").text("lines.").finish("stop").build());
    List<String> deltas = new ArrayList<>();

    ModelReply reply = model.complete(TestPrompts.turn(), deltas::add);

    assertThat(deltas).containsExactly("Split ", "across ", "lines.");
    assertThat(reply.text()).isEqualTo("Split across lines.");
    assertThat(model.malformedEvents()).isZero();
  }

  @Test
  void givenStreamEndingCleanlyAfterFinishReasonWithoutDone_complete_acceptsTheReply() {
    server.enqueue(ChatScript.stream().text("Done.").finish("stop").endWithoutDone().build());

    assertThat(model.complete(TestPrompts.turn(), TextStream.IGNORE).text()).isEqualTo("Done.");
  }

  @Test
  void givenStreamCutShortBeforeAnyFinish_complete_failsUnavailable() {
    server.enqueue(ChatScript.stream().text("I will").endWithoutDone().build(), ChatScript.text("never sent"));

    PortException e = catchThrowableOfType(
        PortException.class, () -> model.complete(TestPrompts.turn(), TextStream.IGNORE));

    assertThat(e.kind()).isEqualTo(FailureKind.UNAVAILABLE);
    assertThat(e.getMessage()).contains("ended early");
  }
}
