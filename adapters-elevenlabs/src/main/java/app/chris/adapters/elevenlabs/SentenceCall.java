package app.chris.adapters.elevenlabs;

import app.chris.core.port.PortException;
import java.io.IOException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

/** One sentence on the HTTP path: streams its audio to the listener as it arrives, or reports why it could not. */
final class SentenceCall implements Callback {
  private final HttpRoute route;
  private final ContextListener listener;
  private final String sentence;
  private final int attempt;

  SentenceCall(HttpRoute route, ContextListener listener, String sentence, int attempt) {
    this.route = route;
    this.listener = listener;
    this.sentence = sentence;
    this.attempt = attempt;
  }

  @Override
  public void onFailure(Call call, IOException e) {
    route.retryOrFail(sentence, attempt, Failures.io(e), true);
  }

  @Override
  public void onResponse(Call call, Response response) {
    try (response) {
      if (!response.isSuccessful() || isJson(response)) {
        String body = response.body().string();
        int code = response.isSuccessful() ? 500 : response.code();
        PortException failure = Failures.http(code, body, response.header("request-id", "none"));
        route.retryOrFail(sentence, attempt, failure, Failures.retryable(code, Failures.status(body)));
        return;
      }
      AudioStreams.copy(response.body().source(), listener, call::isCanceled);
      if (!call.isCanceled()) {
        route.sentenceDone(sentence);
      }
    } catch (IOException e) {
      if (!call.isCanceled()) {
        listener.lost(Failures.io(e), true); // audio already played: a retry would repeat words
      }
    }
  }

  /** A JSON body on a 200 is an error, not audio: forwarding it would be static on the line (call-gpt#18). */
  private static boolean isJson(Response response) {
    String type = response.header("Content-Type", "");
    return type != null && type.startsWith("application/json");
  }
}
