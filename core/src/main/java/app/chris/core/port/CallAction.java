package app.chris.core.port;

import java.time.Instant;
import java.util.Objects;

/**
 * Something Chris did during a call, for the record: a tool run, a transfer, an escalation step, an open
 * question for the office. {@code kind} is a short machine word such as {@code create_service_request}.
 */
public record CallAction(String kind, boolean ok, String detail, Instant at) {
  /** The kind of every identity check ({@code ok} when the caller passed); call analytics count these. */
  public static final String VERIFY_IDENTITY = "verify_identity";

  public CallAction {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(at, "at");
  }
}
