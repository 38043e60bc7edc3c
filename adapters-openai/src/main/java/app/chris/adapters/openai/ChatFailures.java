package app.chris.adapters.openai;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Translates OpenAI-style failures (HTTP status + {@code {"error":{..}}} body, errors inside a 200 stream, I/O
 * errors) into {@link PortException}s. Messages carry the provider and {@code x-request-id}, never the key.
 */
final class ChatFailures {
  private static final Pattern KEY_LIKE = Pattern.compile("(sk|xai)-[A-Za-z0-9_*\\-]{4,}");
  private static final Set<String> QUOTA_CODES = Set.of("insufficient_quota", "credit_balance_exhausted");
  private final String provider;
  private final String apiKey;
  private final ObjectMapper json;

  ChatFailures(String provider, String apiKey, ObjectMapper json) {
    this.provider = provider;
    this.apiKey = apiKey;
    this.json = json;
  }

  PortException http(int status, String body, String requestId, Optional<Duration> retryAfter) {
    JsonNode error = parse(body).path("error");
    String code = error.path("code").asText(error.path("type").asText(""));
    FailureKind kind = kindForStatus(status, code);
    String message = describe("HTTP " + status + " " + code, error.path("message").asText(""), requestId);
    boolean waitMatters = kind == FailureKind.RATE_LIMITED || kind == FailureKind.UNAVAILABLE;
    return new PortException(kind, message, null, waitMatters ? retryAfter.orElse(null) : null);
  }

  PortException inStream(JsonNode error, String requestId) {
    String code = error.path("code").asText(error.path("type").asText(""));
    String type = error.path("type").asText("");
    FailureKind kind = kindForCode(code, type);
    return new PortException(kind, describe("stream error " + code, error.path("message").asText(""), requestId));
  }

  PortException io(IOException e, String requestId) {
    boolean timedOut = e instanceof InterruptedIOException; // SocketTimeoutException and call timeouts
    FailureKind kind = timedOut ? FailureKind.TIMEOUT : FailureKind.UNAVAILABLE;
    return new PortException(kind, describe(timedOut ? "timed out" : "I/O failure", e.toString(), requestId), e);
  }

  PortException truncated(String requestId) {
    return new PortException(FailureKind.UNAVAILABLE, describe("stream ended early", "", requestId));
  }

  private static FailureKind kindForStatus(int status, String code) {
    if (status == 401 || status == 403) {
      return FailureKind.AUTHENTICATION;
    }
    if (status == 429) {
      return QUOTA_CODES.contains(code) ? FailureKind.QUOTA : FailureKind.RATE_LIMITED;
    }
    if (status == 408) {
      return FailureKind.TIMEOUT;
    }
    if (status == 409 || status >= 500) {
      return FailureKind.UNAVAILABLE;
    }
    return status >= 400 ? FailureKind.INVALID_REQUEST : FailureKind.UNKNOWN;
  }

  private static FailureKind kindForCode(String code, String type) {
    if (QUOTA_CODES.contains(code)) {
      return FailureKind.QUOTA;
    }
    if (code.startsWith("rate_limit") || type.startsWith("rate_limit") || code.equals("slow_down")) {
      return FailureKind.RATE_LIMITED;
    }
    if (code.equals("invalid_api_key") || type.equals("authentication_error")) {
      return FailureKind.AUTHENTICATION;
    }
    if (type.equals("invalid_request_error")) {
      return FailureKind.INVALID_REQUEST;
    }
    return FailureKind.UNAVAILABLE; // server_error, overloaded and unknown codes: the provider failed mid-answer
  }

  private String describe(String what, String detail, String requestId) {
    String text = provider + " " + what + (detail.isEmpty() ? "" : ": " + detail) + " (request " + requestId + ")";
    return KEY_LIKE.matcher(text.replace(apiKey, "***")).replaceAll("$1-***");
  }

  private JsonNode parse(String body) {
    try {
      JsonNode node = json.readTree(body);
      return node == null ? json.missingNode() : node;
    } catch (IOException e) {
      return json.missingNode();
    }
  }
}
