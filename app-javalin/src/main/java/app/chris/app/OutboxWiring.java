package app.chris.app;

import app.chris.adapters.sendgrid.SendGridNotifier;
import app.chris.adapters.sendgrid.SendGridSettings;
import app.chris.app.config.Vendors;
import app.chris.app.metrics.ChrisMetrics;
import app.chris.core.outbox.OutboxSettings;
import app.chris.core.outbox.OutboxWorker;
import app.chris.core.port.Notifier;
import app.chris.core.port.Outbox;
import app.chris.core.port.PropertySystem;
import java.time.Clock;
import java.util.random.RandomGenerator;

/** Builds the outbox worker that delivers emails and property-system write-backs with retries (SendGrid metered). */
final class OutboxWiring {
  private OutboxWiring() {}

  static OutboxWorker worker(Vendors vendors, Outbox outbox, PropertySystem propertySystem, Clock clock,
      ChrisMetrics metrics) {
    Notifier email = vendors.sendGrid()
        .map(s -> metrics.meter("sendgrid",
            new SendGridNotifier(new SendGridSettings(s.apiKey(), s.from(), s.host()), clock)))
        .orElseGet(UnconfiguredEmail::new);
    return new OutboxWorker(outbox, email, propertySystem, clock, OutboxSettings.defaults(),
        RandomGenerator.getDefault());
  }
}
