package app.chris.adapters.openai;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.ModelReply;
import app.chris.core.port.PendingConfirmation;
import app.chris.core.port.TextStream;
import app.chris.core.port.TokenUsage;
import app.chris.core.port.ToolCall;
import app.chris.core.port.ToolExchange;
import app.chris.core.port.ToolResult;
import app.chris.testkit.openai.ChatScript;
import app.chris.testkit.openai.FakeOpenAiServer;
import app.chris.testkit.openai.RecordedChatRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiChatModelTest {
  private final FakeOpenAiServer server = FakeOpenAiServer.start();
  private final OpenAiChatModel model = FakeProvider.model(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenToolCallStreamedInFragments_completeTwice_returnsToolUseThenTextAfterToolResult() {
    server.enqueue(
        ChatScript.toolCall("call_7", "find_address", "{\"addr", "ess\": \"12 Oak", " Street\", \"urgency\":\"high\"}"),
        ChatScript.text("Thanks, I found ", "your unit."));

    ModelReply first = model.complete(TestPrompts.turn(), text -> {});
    assertThat(first).isInstanceOf(ModelReply.ToolUse.class);
    ToolCall call = ((ModelReply.ToolUse) first).calls().get(0);
    assertThat(call.id()).isEqualTo("call_7");
    assertThat(call.name()).isEqualTo("find_address");
    assertThat(call.arguments()).containsExactlyInAnyOrderEntriesOf(
        Map.of("address", "12 Oak Street", "urgency", "high"));

    ToolResult result = new ToolResult("call_7", "find_address", true, "Unit 4B at 12 Oak Street", Map.of());
    ModelReply second = model.complete(TestPrompts.afterTools(List.of(new ToolExchange(call, result))), t -> {});

    assertThat(second).isEqualTo(new ModelReply.Text("Thanks, I found your unit."));
    RecordedChatRequest followUp = server.lastRequest();
    JsonNode assistant = followUp.messages("assistant").get(1);
    assertThat(assistant.path("tool_calls").get(0).path("id").asText()).isEqualTo("call_7");
    assertThat(assistant.path("tool_calls").get(0).path("function").path("arguments").asText())
        .isEqualTo("{\"address\":\"12 Oak Street\",\"urgency\":\"high\"}");
    JsonNode tool = followUp.messages("tool").get(0);
    assertThat(tool.path("tool_call_id").asText()).isEqualTo("call_7");
    assertThat(tool.path("content").asText()).isEqualTo("Unit 4B at 12 Oak Street");
  }

  @Test
  void givenTextInChunks_complete_streamsDeltasInOrderAndReturnsWholeText() {
    server.enqueue(ChatScript.text("I'm ", "sorry ", "to hear ", "that."));
    List<String> deltas = new ArrayList<>();

    ModelReply reply = model.complete(TestPrompts.turn(), deltas::add);

    assertThat(deltas).containsExactly("I'm ", "sorry ", "to hear ", "that.");
    assertThat(reply.text()).isEqualTo("I'm sorry to hear that.");
  }

  @Test
  void givenUsageAtTheEndOfTheStream_complete_reportsTheTokensForTheTurnMetrics() {
    server.enqueue(ChatScript.text("Okay."));
    List<TokenUsage> reported = new ArrayList<>();

    model.complete(TestPrompts.turn(), new TextStream() {
      @Override
      public void delta(String text) {}

      @Override
      public void usage(TokenUsage usage) {
        reported.add(usage);
      }
    });

    assertThat(reported).containsExactly(new TokenUsage(42, 0, 7));
  }

  @Test
  void givenPrompt_complete_sendsStreamingRequestWithToolsMemoryFactsAndKey() {
    server.enqueue(ChatScript.text("ok"));

    model.complete(TestPrompts.turn(), text -> {});

    RecordedChatRequest sent = server.lastRequest();
    assertThat(sent.bearerToken()).contains(FakeProvider.KEY);
    assertThat(sent.body().path("model").asText()).isEqualTo("gpt-4.1-mini");
    assertThat(sent.body().path("stream").asBoolean()).isTrue();
    assertThat(sent.toolNames()).containsExactly("find_address");
    JsonNode parameters = sent.body().path("tools").get(0).path("function").path("parameters");
    assertThat(parameters.path("required").toString()).isEqualTo("[\"address\"]");
    assertThat(parameters.path("properties").path("urgency").path("enum").toString()).isEqualTo("[\"low\",\"high\"]");
    List<String> system = texts(sent.messages("system"));
    assertThat(system.get(0)).isEqualTo("You are Chris.");
    assertThat(system).anySatisfy(s -> assertThat(s).contains("phoned yesterday about the same sink"));
    assertThat(system).anySatisfy(s -> assertThat(s).contains("caller name: Dana Reyes", "issue: kitchen sink leak"));
    assertThat(texts(sent.messages("user"))).containsExactly("My sink is leaking at 12 Oak Street.");
    assertThat(texts(sent.messages("assistant"))).containsExactly("Hi, this is Chris. How can I help?");
  }

  @Test
  void givenPendingConfirmation_complete_sendsTheReadBackAsNoteWithoutTools() {
    server.enqueue(ChatScript.text("Great."));
    PendingConfirmation pending =
        new PendingConfirmation(PendingConfirmation.Kind.ADDRESS, "Did you say 12 Oak Street?");

    model.complete(TestPrompts.awaiting(pending), text -> {});

    assertThat(texts(server.lastRequest().messages("system")))
        .anySatisfy(s -> assertThat(s).contains("address", "Did you say 12 Oak Street?"));
    assertThat(server.lastRequest().body().has("tools")).isFalse();
    assertThat(server.lastRequest().body().has("tool_choice")).isFalse();
  }

  @Test
  void givenProviderNames_name_distinguishesOpenAiFromXai() {
    OpenAiSettings settings = FakeProvider.settings(server);
    assertThat(OpenAiChatModel.openAi(settings, new okhttp3.OkHttpClient()).name()).isEqualTo("openai:gpt-4.1-mini");
    assertThat(OpenAiChatModel.xai(settings, new okhttp3.OkHttpClient()).name()).isEqualTo("xai:gpt-4.1-mini");
  }

  private static List<String> texts(List<JsonNode> messages) {
    List<String> texts = new ArrayList<>();
    messages.forEach(m -> texts.add(m.path("content").asText()));
    return texts;
  }
}
