package app.chris.adapters.elevenlabs;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.SocketTimeoutException;
import okhttp3.Response;

/** Maps ElevenLabs' HTTP statuses, error bodies and socket errors to {@link FailureKind}s. Stateless. */
final class Failures {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Failures() {}

  /** {@code {"detail":{"status":"quota_exceeded",...}}} -> "quota_exceeded"; 422 bodies carry a list instead. */
  static String status(String body) {
    try {
      JsonNode detail = JSON.readTree(body).path("detail");
      return detail.path("status").asText("");
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  static PortException http(int code, String body) {
    return http(code, body, "none");
  }

  /** The request id goes into the message: ElevenLabs support asks for it. */
  static PortException http(int code, String body, String requestId) {
    String status = status(body);
    String message = "ElevenLabs HTTP " + code + (status.isEmpty() ? "" : " " + status) + " (request " + requestId + ")";
    return new PortException(kind(code, status), message);
  }

  static FailureKind kind(int code, String status) {
    if ("quota_exceeded".equals(status)) {
      return FailureKind.QUOTA;
    }
    if (code == 401 || code == 403) {
      return FailureKind.AUTHENTICATION;
    }
    if (code == 429) {
      return FailureKind.RATE_LIMITED;
    }
    if (code == 400 || code == 404 || code == 422) {
      return FailureKind.INVALID_REQUEST;
    }
    return code == 408 ? FailureKind.TIMEOUT : FailureKind.UNAVAILABLE;
  }

  /** Only {@code system_busy} (and 5xx) is worth retrying; too_many_concurrent_requests means shed load now. */
  static boolean retryable(int code, String status) {
    return (code == 429 && "system_busy".equals(status)) || code >= 500;
  }

  static PortException io(IOException e) {
    FailureKind kind = e instanceof SocketTimeoutException ? FailureKind.TIMEOUT : FailureKind.UNAVAILABLE;
    return new PortException(kind, "ElevenLabs unreachable: " + e.getClass().getSimpleName(), e);
  }

  /** A failed socket: a refused handshake (response present) or a broken connection. */
  static PortException socketFailure(Throwable t, Response handshake) {
    if (handshake != null) {
      return http(handshake.code(), peek(handshake), handshake.header("request-id", "none"));
    }
    if (t instanceof IOException) {
      return io((IOException) t);
    }
    return new PortException(FailureKind.UNKNOWN, "ElevenLabs socket failed", t);
  }

  private static String peek(Response response) {
    try {
      return response.peekBody(16_384).string();
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /** A socket error message (sent before a 1008 close). */
  static PortException socket(String error, String message) {
    FailureKind kind;
    if ("invalid_input_message".equals(error)) {
      kind = FailureKind.INVALID_REQUEST;
    } else if ("quota_exceeded".equals(error)) {
      kind = FailureKind.QUOTA;
    } else if ("invalid_api_key".equals(error)) {
      kind = FailureKind.AUTHENTICATION;
    } else {
      kind = FailureKind.UNAVAILABLE;
    }
    return new PortException(kind, "ElevenLabs socket error " + error + ": " + message);
  }
}
