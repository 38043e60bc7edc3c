package app.chris.testkit.openai;

import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/** Turns a {@link ChatScript} into a MockWebServer response with OpenAI's headers. */
final class Responses {
  private Responses() {}

  static MockResponse of(ChatScript script, String requestId) {
    MockResponse.Builder response = new MockResponse.Builder()
        .code(script.status)
        .setHeader("x-request-id", requestId)
        .setHeader("openai-processing-ms", "1");
    script.headers.forEach(response::setHeader);
    if (script.status != 200) {
      return response.setHeader("Content-Type", "application/json").body(script.errorBody).build();
    }
    response.setHeader("Content-Type", "text/event-stream; charset=utf-8")
        .body(new SseResponseBody(script.frames, script.firstTokenDelay, script.disconnect));
    if (script.disconnect) {
      response.onResponseBody(new SocketEffect.CloseSocket());
    }
    if (script.trickle) {
      response.throttleBody(7, 1, TimeUnit.MILLISECONDS);
    }
    return response.build();
  }
}
