package app.chris.adapters.rentmanager;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;

/** Turns Rent Manager error replies (ErrorModel or ASP.NET shape) and transport errors into PortExceptions. */
final class Failures {
  private Failures() {}

  static PortException ofStatus(int code, String body, ObjectMapper json, String what) {
    String detail = message(body, json);
    String text = "Rent Manager " + what + " failed with HTTP " + code + (detail.isEmpty() ? "" : ": " + detail);
    return new PortException(kindOf(code), text);
  }

  static PortException rateLimited(String what, Duration wait) {
    return new PortException(FailureKind.RATE_LIMITED, "Rent Manager rate limit on " + what, null, wait);
  }

  static PortException ofTransport(IOException e, String what) {
    FailureKind kind = e instanceof InterruptedIOException ? FailureKind.TIMEOUT : FailureKind.UNAVAILABLE;
    return new PortException(kind, "Rent Manager " + what + " failed: " + e.getMessage(), e);
  }

  static FailureKind kindOf(int code) {
    if (code == 401 || code == 403) {
      return FailureKind.AUTHENTICATION;
    }
    if (code == 429) {
      return FailureKind.RATE_LIMITED;
    }
    if (code == 408) {
      return FailureKind.TIMEOUT;
    }
    return code >= 500 ? FailureKind.UNAVAILABLE : FailureKind.INVALID_REQUEST;
  }

  static boolean retryable(int code) {
    return code == 408 || code == 425 || code >= 500;
  }

  /** DeveloperMessage first (it says what was wrong with the request), then UserMessage, then Message. */
  private static String message(String body, ObjectMapper json) {
    try {
      JsonNode node = json.readTree(body);
      for (String field : new String[] {"DeveloperMessage", "UserMessage", "Message"}) {
        String value = node.path(field).asText("");
        if (!value.isBlank()) {
          return value.length() > 300 ? value.substring(0, 300) : value;
        }
      }
      return "";
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
