package app.chris.adapters.sendgrid;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.outbox.OutboxSettings;
import app.chris.core.outbox.OutboxWorker;
import app.chris.core.port.Effect;
import app.chris.core.port.OutboxEntry;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.OutboxStatus;
import app.chris.testkit.InMemoryOutbox;
import app.chris.testkit.MutableClock;
import app.chris.testkit.RecordingPropertySystem;
import app.chris.testkit.sendgrid.FakeSendGridServer;
import app.chris.testkit.sendgrid.SendGridReply;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The transcript email's whole way out: outbox row, worker, SendGridNotifier, SendGrid (fake) over HTTP. */
class SendGridOutboxDeliveryTest {
  private final MutableClock clock = MutableClock.at(Notices.START);
  private final FakeSendGridServer server = FakeSendGridServer.start("SG.k");
  private final SendGridNotifier notifier =
      new SendGridNotifier(new SendGridSettings("SG.k", "chris@acme.test", server.baseUri()), clock);
  private final InMemoryOutbox outbox = new InMemoryOutbox(clock);
  private final OutboxWorker worker = new OutboxWorker(outbox, notifier, new RecordingPropertySystem(), clock,
      new OutboxSettings(6, Duration.ofSeconds(5), Duration.ofMinutes(5), 10, Duration.ofMinutes(1)),
      new SplittableRandom(3));

  @AfterEach
  void stop() throws IOException {
    notifier.close();
    server.close();
  }

  @Test
  void givenRateLimitThenOutage_worker_waitsForTheResetAndSendsTheTranscriptOnce() {
    server.enqueue(SendGridReply.rateLimited(Notices.START.plusSeconds(90)));
    server.enqueue(SendGridReply.serverError());
    outbox.enqueue(new OutboxMessage("call-c_leak1-transcript", Optional.of(Notices.CALL),
        new Effect.Email(Notices.transcript(true))));

    worker.runOnce();
    assertThat(row().nextAttemptAt()).isEqualTo(Notices.START.plusSeconds(90));
    clock.set(row().nextAttemptAt());
    worker.runOnce();
    clock.set(row().nextAttemptAt());
    worker.runOnce();

    assertThat(row().status()).isEqualTo(OutboxStatus.SENT);
    assertThat(server.received()).singleElement()
        .satisfies(mail -> assertThat(mail.customArg("idempotency_key")).contains("call-c_leak1-transcript"));
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void givenRejectedSender_worker_marksTheEmailDeadWithSendGridsReason() {
    server.enqueue(SendGridReply.forbidden("The from address does not match a verified Sender Identity."));
    outbox.enqueue(new OutboxMessage("alert-1", Optional.of(Notices.CALL), new Effect.Email(Notices.alert())));

    worker.runOnce();

    assertThat(row().status()).isEqualTo(OutboxStatus.DEAD);
    assertThat(row().lastError()).hasValueSatisfying(e -> assertThat(e).contains("AUTHENTICATION", "Sender Identity"));
    assertThat(worker.stats().dead()).isEqualTo(1);
  }

  private OutboxEntry row() {
    return outbox.all().get(0);
  }
}
