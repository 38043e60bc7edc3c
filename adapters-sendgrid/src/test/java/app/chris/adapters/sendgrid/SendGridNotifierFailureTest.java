package app.chris.adapters.sendgrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.chris.core.port.FailureKind;
import app.chris.core.port.Notice;
import app.chris.core.port.PortException;
import app.chris.testkit.sendgrid.FakeSendGridServer;
import app.chris.testkit.sendgrid.SendGridReply;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How SendGrid's answers and transport failures surface: always a PortException of the right kind. */
class SendGridNotifierFailureTest {
  private static final String KEY = "SG.test-key";
  private final Clock clock = Clock.fixed(Notices.START, ZoneOffset.UTC);
  private final FakeSendGridServer server = FakeSendGridServer.start(KEY);
  private final SendGridNotifier notifier = notifierWithKey(KEY);

  @AfterEach
  void stop() throws IOException {
    notifier.close();
    server.close();
  }

  @Test
  void givenNoRecipients_send_failsAsInvalidWithoutCallingSendGrid() {
    Notice.UrgentAlert alert = new Notice.UrgentAlert(List.of(), "Complaint", "Noise", Optional.empty());

    assertThatThrownBy(() -> notifier.send(alert, "k"))
        .isInstanceOfSatisfying(PortException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.INVALID_REQUEST));
    assertThat(server.requestCount()).isZero();
  }


  @Test
  void givenSendGrid400_send_failsAsInvalidRequestWithSendGridsMessage() {
    server.enqueue(SendGridReply.badRequest("from.email", "does not contain a valid address"));

    assertThatThrownBy(() -> notifier.send(Notices.alert(), "k"))
        .isInstanceOfSatisfying(PortException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.INVALID_REQUEST);
          assertThat(e.getMessage()).isEqualTo("SendGrid 400: from.email: does not contain a valid address");
        });
  }


  @Test
  void givenWrongApiKey_send_failsAsAuthentication() throws IOException {
    try (SendGridNotifier wrongKey = notifierWithKey("SG.revoked")) {
      assertThatThrownBy(() -> wrongKey.send(Notices.alert(), "k"))
          .isInstanceOfSatisfying(PortException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION));
    }
    assertThat(server.received()).isEmpty();
  }


  @Test
  void givenUnverifiedSender403_send_failsAsAuthentication() {
    server.enqueue(SendGridReply.forbidden("The from address does not match a verified Sender Identity."));

    assertThatThrownBy(() -> notifier.send(Notices.alert(), "k"))
        .isInstanceOfSatisfying(PortException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION);
          assertThat(e.getMessage()).contains("verified Sender Identity");
        });
  }


  @Test
  void givenRateLimit_send_failsAsRateLimitedWithTheWaitUntilReset() {
    server.enqueue(SendGridReply.rateLimited(Notices.START.plusSeconds(30)));

    assertThatThrownBy(() -> notifier.send(Notices.alert(), "k"))
        .isInstanceOfSatisfying(PortException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.RATE_LIMITED);
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
        });
  }


  @Test
  void givenServerErrors_send_failsAsUnavailableAndSucceedsOnceSendGridRecovers() {
    server.enqueue(SendGridReply.serverError());
    server.enqueue(SendGridReply.unavailable());

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> notifier.send(Notices.alert(), "k"))
          .isInstanceOfSatisfying(PortException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.UNAVAILABLE));
    }
    notifier.send(Notices.alert(), "k");
    assertThat(server.received()).hasSize(1);
  }


  @Test
  void givenSendGridUnreachable_send_failsAsUnavailable() {
    server.close();

    assertThatThrownBy(() -> notifier.send(Notices.alert(), "k"))
        .isInstanceOfSatisfying(PortException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.UNAVAILABLE));
  }


  @Test
  void givenSendGrid408_send_failsAsTimeout() {
    server.enqueue(SendGridReply.error(408, null, "request timeout"));

    assertThatThrownBy(() -> notifier.send(Notices.alert(), "k"))
        .isInstanceOfSatisfying(PortException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TIMEOUT));
  }

  @Test
  void givenReadTimeout_send_failsAsTimeout() {
    MailTransport stalled = request -> {
      throw new SocketTimeoutException("Read timed out");
    };
    SendGridNotifier timingOut = new SendGridNotifier("chris@acme.test", stalled, clock, () -> { });

    assertThatThrownBy(() -> timingOut.send(Notices.alert(), "k"))
        .isInstanceOfSatisfying(PortException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TIMEOUT));
  }

  private SendGridNotifier notifierWithKey(String key) {
    return new SendGridNotifier(new SendGridSettings(key, "chris@acme.test", server.baseUri()), clock);
  }
}
