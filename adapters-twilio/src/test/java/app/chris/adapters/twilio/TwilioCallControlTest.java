package app.chris.adapters.twilio;

import static app.chris.adapters.twilio.Fixtures.ACCOUNT;
import static app.chris.adapters.twilio.Fixtures.CALL;
import static app.chris.adapters.twilio.Fixtures.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.PortException;
import app.chris.testkit.twilio.FakeTwilioRestServer;
import app.chris.testkit.twilio.RecordedCallUpdate;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TwilioCallControlTest {
  private static final PhoneNumber OFFICE = new PhoneNumber("+12175550199");
  private final FakeTwilioRestServer twilio = FakeTwilioRestServer.start(ACCOUNT, TOKEN);
  private final TwilioCallControl control = controlWith(TOKEN, twilio.baseUrl());

  @AfterEach
  void stop() {
    twilio.close();
  }

  @Test
  void givenLiveCall_transfer_replacesItsTwimlWithDialToTheNumber() {
    control.transfer(CALL, TransferPlan.to(OFFICE).withAnnouncement("Connecting you to the office now."));

    RecordedCallUpdate update = twilio.callUpdates().get(0);
    assertThat(update.callSid()).isEqualTo(CALL);
    assertThat(update.accountSid()).isEqualTo(ACCOUNT);
    Twiml twiml = Twiml.parse(update.twiml().orElseThrow());
    assertThat(twiml.at("/Response/Say")).isEqualTo("Connecting you to the office now.");
    assertThat(twiml.at("/Response/Dial/Number")).isEqualTo("+12175550199");
    assertThat(twiml.at("/Response/Dial/@answerOnBridge")).isEqualTo("true");
  }

  @Test
  void givenWhisper_transfer_pointsTheNumberAtTheSignedWhisperUrl() {
    control.transfer(CALL, TransferPlan.to(OFFICE).withWhisper("Tenant Ana, gas smell at 12 Oak St"));

    Twiml twiml = Twiml.parse(twilio.callUpdates().get(0).twiml().orElseThrow());
    assertThat(twiml.at("/Response/Dial/Number/@url"))
        .isEqualTo("https://chris.example.com/twilio/whisper?text=Tenant+Ana%2C+gas+smell+at+12+Oak+St");
  }

  @Test
  void givenLiveCall_hangUp_setsStatusCompleted() {
    control.hangUp(CALL);
    assertThat(twilio.callUpdates()).singleElement()
        .satisfies(u -> assertThat(u.status()).hasValue("completed"));
  }

  @Test
  void givenCallAlreadyEnded_transfer_failsAsInvalidRequest() {
    control.hangUp(CALL);
    assertThatThrownBy(() -> control.transfer(CALL, TransferPlan.to(OFFICE)))
        .isInstanceOfSatisfying(PortException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.INVALID_REQUEST));
  }

  @Test
  void givenWrongAuthToken_hangUp_failsAsAuthentication() {
    TwilioCallControl wrong = controlWith("not-the-token", twilio.baseUrl());
    assertThatThrownBy(() -> wrong.hangUp(CALL))
        .isInstanceOfSatisfying(PortException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION));
    assertThat(twilio.callUpdates()).isEmpty();
  }

  @Test
  void givenTwilioKeepsRateLimiting_hangUp_failsAsRetryableRateLimited() {
    // The HTTP client retries one 429 by itself (after a second); a second 429 reaches us.
    twilio.failNext(429, 20429, "Too Many Requests");
    twilio.failNext(429, 20429, "Too Many Requests");
    assertThatThrownBy(() -> control.hangUp(CALL)).isInstanceOfSatisfying(PortException.class, e -> {
      assertThat(e.kind()).isEqualTo(FailureKind.RATE_LIMITED);
      assertThat(e.kind().retryable()).isTrue();
    });
  }

  @Test
  void givenOneServerError_hangUp_succeedsOnTwilioJavasRetry() {
    twilio.failNext(500, 20500, "Internal Server Error");
    control.hangUp(CALL);
    assertThat(twilio.callUpdates()).singleElement().satisfies(u -> assertThat(u.status()).hasValue("completed"));
  }

  @Test
  void givenServerErrorsPersist_hangUp_failsAsUnavailable() {
    for (int i = 0; i < 3; i++) {
      twilio.failNext(500, 20500, "Internal Server Error");
    }
    assertThatThrownBy(() -> control.hangUp(CALL))
        .isInstanceOfSatisfying(PortException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.UNAVAILABLE));
  }

  @Test
  void givenTwilioUnreachable_hangUp_failsAsUnavailable() {
    URI closed = twilio.baseUrl();
    twilio.close();
    assertThatThrownBy(() -> controlWith(TOKEN, closed).hangUp(CALL))
        .isInstanceOfSatisfying(PortException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.UNAVAILABLE));
  }

  @Test
  void settings_neverPrintTheAuthToken() {
    assertThat(new TwilioSettings(ACCOUNT, TOKEN, twilio.baseUrl()).toString()).doesNotContain(TOKEN);
  }

  private static TwilioCallControl controlWith(String token, URI baseUrl) {
    return new TwilioCallControl(TwilioRestClients.create(new TwilioSettings(ACCOUNT, token, baseUrl)), Fixtures.URLS);
  }
}
