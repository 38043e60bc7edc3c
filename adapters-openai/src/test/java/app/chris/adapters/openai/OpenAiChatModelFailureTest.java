package app.chris.adapters.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.chris.core.port.FailureKind;
import app.chris.core.port.ModelReply;
import app.chris.core.port.PortException;
import app.chris.core.port.TextStream;
import app.chris.testkit.openai.ChatScript;
import app.chris.testkit.openai.FakeOpenAiServer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiChatModelFailureTest {
  private final FakeOpenAiServer server = FakeOpenAiServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void given429WithLongRetryAfter_complete_failsRateLimitedWithRetryAfterAndDoesNotRetry() {
    server.enqueue(ChatScript.rateLimited(Duration.ofSeconds(20)), ChatScript.text("never sent"));

    PortException e = failure(FakeProvider.model(server));

    assertThat(e.kind()).isEqualTo(FailureKind.RATE_LIMITED);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(20));
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void given429WithShortRetryAfter_complete_retriesAndAnswers() {
    server.enqueue(ChatScript.rateLimited(Duration.ZERO), ChatScript.text("Hello again."));

    ModelReply reply = FakeProvider.model(server).complete(TestPrompts.turn(), TextStream.IGNORE);

    assertThat(reply.text()).isEqualTo("Hello again.");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void given401_complete_failsAuthenticationOnceWithRequestIdAndWithoutTheKey() {
    server.enqueue(ChatScript.httpError(
        401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided: " + FakeProvider.KEY));

    PortException e = failure(FakeProvider.model(server));

    assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION);
    assertThat(e.getMessage()).contains("req_fake_1", "openai:gpt-4.1-mini").doesNotContain(FakeProvider.KEY);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void givenQuotaExhausted_complete_failsQuotaWithoutRetry() {
    server.enqueue(ChatScript.quotaExceeded(), ChatScript.text("never sent"));

    assertThat(failure(FakeProvider.model(server)).kind()).isEqualTo(FailureKind.QUOTA);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void givenBadRequest_complete_failsInvalidRequestWithoutRetry() {
    server.enqueue(ChatScript.httpError(400, "invalid_request_error", "unsupported_parameter", "bad"));

    assertThat(failure(FakeProvider.model(server)).kind()).isEqualTo(FailureKind.INVALID_REQUEST);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void given503BeforeAnyToken_complete_retriesOnceAndAnswers() {
    server.enqueue(
        ChatScript.httpError(503, "server_error", "server_is_overloaded", "overloaded"),
        ChatScript.text("Sorry for the wait."));

    ModelReply reply = FakeProvider.model(server).complete(TestPrompts.turn(), TextStream.IGNORE);

    assertThat(reply.text()).isEqualTo("Sorry for the wait.");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void givenDisconnectAfterFirstWords_complete_failsUnavailableWithoutRepeatingWords() {
    server.enqueue(ChatScript.stream().text("Let me ").disconnect().build(), ChatScript.text("never sent"));
    List<String> heard = new ArrayList<>();

    PortException e = catchThrowableOfType(
        PortException.class, () -> FakeProvider.model(server).complete(TestPrompts.turn(), heard::add));

    assertThat(e.kind()).isEqualTo(FailureKind.UNAVAILABLE);
    assertThat(heard).containsExactly("Let me ");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void givenRepeatedDisconnects_complete_opensCircuitAndSkipsProviderUntilOpenPeriodEnds() {
    TestClock clock = new TestClock();
    OpenAiChatModel model = FakeProvider.model(server, FakeProvider.resilience(0, 3), clock);
    for (int i = 0; i < 3; i++) {
      server.enqueue(ChatScript.stream().text("Hi").disconnect().build());
      assertThat(failure(model).kind()).isEqualTo(FailureKind.UNAVAILABLE);
    }
    server.enqueue(ChatScript.text("Back again."));

    PortException skipped = failure(model);
    assertThat(skipped.kind()).isEqualTo(FailureKind.UNAVAILABLE);
    assertThat(skipped.getMessage()).contains("circuit open");
    assertThat(server.requests()).hasSize(3);

    clock.advance(Duration.ofSeconds(31));
    assertThat(model.complete(TestPrompts.turn(), TextStream.IGNORE).text()).isEqualTo("Back again.");
  }

  @Test
  void givenErrorInside200Stream_complete_failsWithTheStreamedErrorKind() {
    server.enqueue(ChatScript.stream().text("One moment").streamError("server_error", "server_error", "boom").build());

    PortException e = failure(FakeProvider.model(server));

    assertThat(e.kind()).isEqualTo(FailureKind.UNAVAILABLE);
    assertThat(e.getMessage()).contains("boom", "req_fake_1");
  }

  @Test
  void givenRateLimitErrorInside200StreamBeforeText_complete_retriesAndAnswers() {
    server.enqueue(
        ChatScript.stream().streamError("rate_limit_error", "rate_limit_exceeded", "slow down").build(),
        ChatScript.text("Here you go."));

    assertThat(FakeProvider.model(server).complete(TestPrompts.turn(), TextStream.IGNORE).text())
        .isEqualTo("Here you go.");
  }

  @Test
  void givenSlowFirstToken_complete_failsTimeout() {
    server.enqueue(ChatScript.stream().firstTokenDelay(Duration.ofMillis(900)).text("late").finish("stop").build());
    OpenAiChatModel model = FakeProvider.model(server, FakeProvider.resilience(0, 3), Clock.systemUTC());

    assertThat(failure(model).kind()).isEqualTo(FailureKind.TIMEOUT);
  }

  @Test
  void givenNothingListening_complete_failsUnavailable() {
    java.net.URI deadUrl = server.baseUrl();
    server.close();
    OpenAiSettings settings = new OpenAiSettings(deadUrl, FakeProvider.KEY, "gpt-4.1-mini",
        Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(2));
    OpenAiChatModel model = OpenAiChatModel.openAi(settings, new okhttp3.OkHttpClient());

    assertThat(failure(model).kind()).isEqualTo(FailureKind.UNAVAILABLE);
  }

  private static PortException failure(OpenAiChatModel model) {
    PortException e = catchThrowableOfType(
        PortException.class, () -> model.complete(TestPrompts.turn(), TextStream.IGNORE));
    assertThat(e).as("expected a PortException").isNotNull();
    return e;
  }
}
