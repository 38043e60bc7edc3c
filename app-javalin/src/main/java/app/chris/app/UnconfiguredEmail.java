package app.chris.app;

import app.chris.core.port.FailureKind;
import app.chris.core.port.Notice;
import app.chris.core.port.Notifier;
import app.chris.core.port.PortException;

/**
 * The notifier when SendGrid is not configured (the embedded default). Every send fails as
 * {@link FailureKind#NOT_CONFIGURED}, so the outbox worker keeps the email pending with this reason without
 * spending its retry budget: nothing is dropped and nothing goes dead, and once SendGrid is configured the next
 * start delivers every waiting email.
 */
final class UnconfiguredEmail implements Notifier {
  static final String REASON = "not sent: email not configured (set SENDGRID_API_KEY and SENDGRID_FROM)";

  @Override
  public void send(Notice notice, String idempotencyKey) {
    throw new PortException(FailureKind.NOT_CONFIGURED, REASON);
  }
}
