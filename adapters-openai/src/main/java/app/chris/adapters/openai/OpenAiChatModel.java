package app.chris.adapters.openai;

import app.chris.core.port.FailureKind;
import app.chris.core.port.LanguageModel;
import app.chris.core.port.ModelReply;
import app.chris.core.port.PortException;
import app.chris.core.port.Prompt;
import app.chris.core.port.TextStream;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LanguageModel} over OpenAI Chat Completions ({@code POST /v1/chat/completions}, {@code stream: true}),
 * also serving xAI Grok through its OpenAI-compatible API. Retries only before any text reached the caller and
 * skips a dead provider fast through a circuit breaker. Thread-safe; blocks the calling thread per turn.
 */
public final class OpenAiChatModel implements LanguageModel {
  private static final Logger LOG = LoggerFactory.getLogger(OpenAiChatModel.class);
  private final String name;
  private final OpenAiSettings settings;
  private final OpenAiResilience resilience;
  private final ToolArguments arguments;
  private final ChatRequests requests;
  private final ChatExchange exchange;
  private final CircuitBreaker breaker;
  private final LongAdder malformedEvents = new LongAdder();

  /**
   * @param provider the name prefix, {@code openai} or {@code xai}
   * @param http the shared client; a tuned copy is derived with {@code newBuilder()}
   */
  public OpenAiChatModel(
      String provider, OpenAiSettings settings, OkHttpClient http, OpenAiResilience resilience, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.resilience = Objects.requireNonNull(resilience, "resilience");
    this.name = Objects.requireNonNull(provider, "provider") + ":" + settings.model();
    ObjectMapper json = new ObjectMapper();
    this.arguments = new ToolArguments(json);
    this.requests = new ChatRequests(settings.model(), json, arguments);
    OkHttpClient client = http.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.firstTokenTimeout()) // bounds the wait for headers, the first token and every gap
        .build();
    ChatFailures failures = new ChatFailures(name, settings.apiKey(), json);
    this.exchange = new ChatExchange(client, settings, failures, clock, malformedEvents);
    this.breaker = new CircuitBreaker(resilience.breakerThreshold(), resilience.breakerOpenFor(), clock);
  }

  /** OpenAI itself, with the default resilience. */
  public static OpenAiChatModel openAi(OpenAiSettings settings, OkHttpClient http) {
    return new OpenAiChatModel("openai", settings, http, OpenAiResilience.defaults(), Clock.systemUTC());
  }

  /** xAI Grok through its OpenAI-compatible base URL (e.g. {@code https://api.x.ai/v1}). */
  public static OpenAiChatModel xai(OpenAiSettings settings, OkHttpClient http) {
    return new OpenAiChatModel("xai", settings, http, OpenAiResilience.defaults(), Clock.systemUTC());
  }

  @Override
  public String name() {
    return name;
  }

  /** True when this provider's latest request succeeded (its circuit breaker was closed by a success). */
  @Override
  public boolean provenHealthy() {
    return breaker.provenHealthy();
  }

  /** Stream events that were ignored because they could not be understood, since this model was built. */
  public long malformedEvents() {
    return malformedEvents.sum();
  }

  @Override
  public ModelReply complete(Prompt prompt, TextStream stream) {
    if (!breaker.tryAcquire()) {
      throw new PortException(FailureKind.UNAVAILABLE, name + " skipped: circuit open after repeated failures");
    }
    boolean recorded = false;
    try {
      ModelReply reply = attempts(requests.body(prompt), stream);
      recorded = true;
      breaker.recordSuccess();
      return reply;
    } catch (PortException e) {
      LOG.warn("{} gave up: {} ({})", name, e.getMessage(), e.kind()); // the router fails over without logging
      // A bad request, or a caller who stopped waiting (interrupt on barge-in), says nothing about the provider.
      if (e.kind() != FailureKind.INVALID_REQUEST && !Thread.currentThread().isInterrupted()) {
        recorded = true;
        breaker.recordFailure();
      }
      throw e;
    } finally {
      if (!recorded) {
        breaker.recordNeutral();
      }
    }
  }

  private ModelReply attempts(byte[] body, TextStream stream) {
    long deadline = System.nanoTime() + settings.overallDeadline().toNanos();
    for (int retry = 1; ; retry++) {
      ReplyAssembler assembler = new ReplyAssembler(stream, arguments);
      try {
        return exchange.run(body, remaining(deadline), assembler);
      } catch (PortException e) {
        Optional<Duration> wait = retryWait(e, retry, assembler.streamedText(), remaining(deadline));
        if (wait.isEmpty()) {
          throw e;
        }
        LOG.warn("{} failed ({}); retry {} in {} ms", name, e.getMessage(), retry, wait.get().toMillis());
        pause(wait.get());
      }
    }
  }

  /** A wait before the next attempt, or empty when retrying is unsafe, pointless or would miss the deadline. */
  private Optional<Duration> retryWait(PortException e, int retry, boolean streamedText, Duration remaining) {
    boolean abandoned = Thread.currentThread().isInterrupted();
    if (abandoned || streamedText || !e.kind().retryable() || retry > resilience.maxRetries()) {
      return Optional.empty();
    }
    Duration wait = e.retryAfter()
        .orElseGet(() -> resilience.backoff(retry, ThreadLocalRandom.current().nextDouble()));
    boolean fits = wait.plus(settings.firstTokenTimeout()).compareTo(remaining) < 0;
    return fits ? Optional.of(wait) : Optional.empty();
  }

  private static Duration remaining(long deadlineNanos) {
    return Duration.ofNanos(deadlineNanos - System.nanoTime());
  }

  private void pause(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PortException(FailureKind.UNAVAILABLE, name + " interrupted while backing off", e);
    }
  }
}
