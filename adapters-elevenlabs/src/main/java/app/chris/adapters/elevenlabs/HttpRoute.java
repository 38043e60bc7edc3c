package app.chris.adapters.elevenlabs;

import app.chris.core.port.PortException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The second path: one {@code POST .../stream?output_format=ulaw_8000} per sentence, in order, each carrying the
 * previous sentence as previous_text. Retries system_busy, 5xx and connection failures with backoff while no
 * audio of that sentence has played. Thread-safe; the listener is never called under this route's lock.
 */
final class HttpRoute implements Route {
  private static final MediaType JSON = MediaType.get("application/json");

  private final HttpDeps deps;
  private final ContextListener listener;
  private final Queue<String> queue = new ArrayDeque<>();
  private Optional<String> previous = Optional.empty();
  private Optional<Call> current = Optional.empty();
  private boolean finishing;
  private boolean cancelled;

  HttpRoute(HttpDeps deps, ContextListener listener) {
    this.deps = deps;
    this.listener = listener;
  }

  @Override
  public synchronized void speak(String sentence) {
    queue.add(sentence);
    pump();
  }

  @Override
  public void finish() {
    boolean idle;
    synchronized (this) {
      finishing = true;
      idle = current.isEmpty() && queue.isEmpty();
    }
    if (idle) {
      listener.finished();
    }
  }

  @Override
  public synchronized void cancel() {
    cancelled = true;
    queue.clear();
    current.ifPresent(Call::cancel);
  }

  private void pump() {
    if (current.isEmpty() && !cancelled && !queue.isEmpty()) {
      post(queue.peek(), 0);
    }
  }

  private void post(String sentence, int attempt) {
    Request request = new Request.Builder().url(deps.settings().streamUrl().toString())
        .header("xi-api-key", deps.settings().apiKey()).header("Accept", "audio/basic")
        .post(RequestBody.create(body(sentence), JSON)).build();
    Call call = deps.client().newCall(request);
    current = Optional.of(call);
    call.enqueue(new SentenceCall(this, listener, sentence, attempt));
  }

  private String body(String sentence) {
    try {
      return deps.json().writeValueAsString(
          new StreamRequestJson(sentence, deps.settings().modelId(), previous.orElse(null)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode stream request", e);
    }
  }

  void sentenceDone(String sentence) {
    boolean finished;
    synchronized (this) {
      queue.poll();
      current = Optional.empty();
      previous = Optional.of(sentence);
      finished = finishing && queue.isEmpty() && !cancelled;
      pump();
    }
    if (finished) {
      listener.finished();
    }
  }

  void retryOrFail(String sentence, int attempt, PortException failure, boolean retryable) {
    synchronized (this) {
      if (cancelled) {
        return;
      }
      if (retryable && attempt < deps.settings().maxRetries() && scheduleRetry(sentence, attempt)) {
        return;
      }
      current = Optional.empty();
      queue.clear();
    }
    listener.lost(failure, true);
  }

  private boolean scheduleRetry(String sentence, int attempt) {
    long delay = deps.settings().retryBackoff().toMillis() << attempt;
    try {
      deps.scheduler().schedule(() -> retry(sentence, attempt + 1), delay, TimeUnit.MILLISECONDS);
      return true;
    } catch (RejectedExecutionException e) {
      return false; // the synthesizer is closing: report the failure instead
    }
  }

  private synchronized void retry(String sentence, int attempt) {
    if (!cancelled) {
      post(sentence, attempt);
    }
  }
}
