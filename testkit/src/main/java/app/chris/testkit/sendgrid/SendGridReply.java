package app.chris.testkit.sendgrid;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A scripted answer from {@link FakeSendGridServer}, with SendGrid's status codes, headers and error body shape. */
public record SendGridReply(int status, Map<String, String> headers, String body) {
  public SendGridReply {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("bad HTTP status " + status);
    }
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }

  /** 400 with one error on {@code field} (null for a message-level error), as SendGrid validates. */
  public static SendGridReply badRequest(String field, String message) {
    return error(400, field, message);
  }

  public static SendGridReply unauthorized() {
    return error(401, null, "The provided authorization grant is invalid, expired, or revoked");
  }

  public static SendGridReply forbidden(String message) {
    return error(403, "from", message);
  }

  /** 429 as SendGrid sends it: no Retry-After, but X-RateLimit-Reset in epoch seconds. */
  public static SendGridReply rateLimited(Instant resetAt) {
    return new SendGridReply(429,
        Map.of("X-RateLimit-Limit", "600", "X-RateLimit-Remaining", "0",
            "X-RateLimit-Reset", Long.toString(resetAt.getEpochSecond())),
        errorBody(null, "too many requests"));
  }

  public static SendGridReply serverError() {
    return error(500, null, "internal server error");
  }

  public static SendGridReply unavailable() {
    return error(503, null, "service unavailable");
  }

  public static SendGridReply error(int status, String field, String message) {
    return new SendGridReply(status, Map.of(), errorBody(field, message));
  }

  static String errorBody(String field, String message) {
    return "{\"errors\":[{\"message\":" + quote(message) + ",\"field\":" + (field == null ? "null" : quote(field))
        + ",\"help\":null}],\"id\":\"fake-error\"}";
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
