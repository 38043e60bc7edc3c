package app.chris.adapters.openai;

import app.chris.core.port.ModelReply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One streaming {@code POST /chat/completions} attempt: checks the status, reads the SSE stream into a
 * {@link ReplyAssembler} and translates every failure into a {@code PortException}. Thread-safe.
 */
final class ChatExchange {
  private static final Logger LOG = LoggerFactory.getLogger(ChatExchange.class);
  private static final MediaType JSON = MediaType.get("application/json");
  private final OkHttpClient client;
  private final OpenAiSettings settings;
  private final ChatFailures failures;
  private final ObjectMapper json;
  private final Clock clock;
  private final LongAdder malformed;

  ChatExchange(OkHttpClient client, OpenAiSettings settings, ChatFailures failures, Clock clock, LongAdder malformed) {
    this.client = client;
    this.settings = settings;
    this.failures = failures;
    this.json = new ObjectMapper();
    this.clock = clock;
    this.malformed = malformed;
  }

  ModelReply run(byte[] body, Duration deadline, ReplyAssembler assembler) {
    Request request = new Request.Builder()
        .url(settings.chatCompletionsUrl().toString())
        .header("Authorization", "Bearer " + settings.apiKey())
        .header("Accept", "text/event-stream")
        .post(RequestBody.create(body, JSON))
        .build();
    Call call = client.newCall(request);
    call.timeout().timeout(Math.max(1, deadline.toMillis()), TimeUnit.MILLISECONDS);
    String requestId = "none";
    try (Response response = call.execute()) {
      requestId = Optional.ofNullable(response.header("x-request-id")).orElse("none");
      if (!response.isSuccessful()) {
        String errorBody = response.body().string();
        throw failures.http(
            response.code(), errorBody, requestId, RetryAfterHeaders.parse(response.headers(), clock));
      }
      LOG.debug("{} streaming reply, x-request-id {}", settings.model(), requestId);
      return read(response.body().source(), assembler, requestId);
    } catch (IOException e) {
      throw failures.io(e, requestId);
    }
  }

  private ModelReply read(BufferedSource source, ReplyAssembler assembler, String requestId) throws IOException {
    SseReader events = new SseReader(source);
    for (Optional<String> data = events.next(); data.isPresent(); data = events.next()) {
      Optional<JsonNode> chunk = parse(data.get());
      if (chunk.isPresent() && chunk.get().has("error")) {
        throw failures.inStream(chunk.get().get("error"), requestId);
      }
      if (chunk.isEmpty() || !assembler.accept(chunk.get())) {
        malformed.increment();
        LOG.debug("ignored malformed event in request {}", requestId);
      }
    }
    malformed.add(events.malformedLines());
    if (!events.sawDone() && !assembler.finished()) {
      throw failures.truncated(requestId);
    }
    LOG.debug("{} reply done, x-request-id {}, usage {}", settings.model(), requestId, assembler.usage());
    return assembler.reply();
  }

  private Optional<JsonNode> parse(String data) {
    try {
      JsonNode node = json.readTree(data);
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
