package app.chris.app;

import app.chris.core.port.FailureKind;
import app.chris.core.port.Notice;
import app.chris.core.port.Notifier;
import app.chris.core.port.PortException;

/**
 * The notifier when SendGrid is not configured: every send fails as unavailable, so emails stay in the outbox
 * (retried, then dead and visible as "not sent: email not configured") and are never silently dropped.
 */
final class UnconfiguredEmail implements Notifier {
  static final String REASON = "not sent: email not configured (set SENDGRID_API_KEY and SENDGRID_FROM)";

  @Override
  public void send(Notice notice, String idempotencyKey) {
    throw new PortException(FailureKind.UNAVAILABLE, REASON);
  }
}
