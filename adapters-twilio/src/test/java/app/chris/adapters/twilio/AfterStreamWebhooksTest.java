package app.chris.adapters.twilio;

import static app.chris.adapters.twilio.Fixtures.ACCOUNT;
import static app.chris.adapters.twilio.Fixtures.CALL;
import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.PhoneNumber;
import app.chris.testkit.twilio.TwilioWebhookForms;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What Twilio hears from us once the media stream is over: connect action, dial result, whisper, status. */
class AfterStreamWebhooksTest {
  private static final PhoneNumber OFFICE = new PhoneNumber("+12175550199");
  private final Map<String, String> form = Map.of("CallSid", CALL, "AccountSid", ACCOUNT);

  @Test
  void givenChrisEndedTheStream_connectAction_hangsUp() {
    ConnectAction action = new ConnectAction(Fixtures.gate(), sid -> true, Optional.of(OFFICE), Fixtures.URLS);
    Twiml twiml = Twiml.of(action.handle(Fixtures.signed("/twilio/connect-action", form)));
    assertThat(twiml.count("/Response/Hangup")).isEqualTo(1);
    assertThat(twiml.count("//Dial")).isZero();
  }

  @Test
  void givenStreamBroke_connectAction_apologisesAndDialsTheOffice() {
    ConnectAction action = new ConnectAction(Fixtures.gate(), sid -> false, Optional.of(OFFICE), Fixtures.URLS);
    Twiml twiml = Twiml.of(action.handle(Fixtures.signed("/twilio/connect-action", form)));
    assertThat(twiml.at("/Response/Say")).contains("put you through to the office");
    assertThat(twiml.at("/Response/Dial/Number")).isEqualTo("+12175550199");
    assertThat(twiml.at("/Response/Dial/@action")).isEqualTo("https://chris.example.com/twilio/dial-result");
  }

  @Test
  void givenStreamBrokeAndNoOfficeNumber_connectAction_asksToCallBackAndHangsUp() {
    ConnectAction action = new ConnectAction(Fixtures.gate(), sid -> false, Optional.empty(), Fixtures.URLS);
    Twiml twiml = Twiml.of(action.handle(Fixtures.signed("/twilio/connect-action", form)));
    assertThat(twiml.at("/Response/Say")).contains("call us back");
    assertThat(twiml.count("/Response/Hangup")).isEqualTo(1);
  }

  @Test
  void givenForgedConnectAction_handle_refusesWithoutDialling() {
    ConnectAction action = new ConnectAction(Fixtures.gate(), sid -> false, Optional.of(OFFICE), Fixtures.URLS);
    WebhookReply reply = action.handle(WebhookRequest.of("/twilio/connect-action", form, Optional.of("bogus")));
    assertThat(reply).isInstanceOf(WebhookReply.Refused.class);
  }

  @Test
  void givenOfficeDidNotAnswer_dialResult_tellsTheCallerInsteadOfSilence() {
    Twiml twiml = Twiml.of(new DialResult(Fixtures.gate())
        .handle(Fixtures.signed("/twilio/dial-result", with(form, "DialCallStatus", "no-answer"))));
    assertThat(twiml.at("/Response/Say")).contains("nobody at the office");
  }

  @Test
  void givenOfficeTookTheCall_dialResult_justHangsUp() {
    Twiml twiml = Twiml.of(new DialResult(Fixtures.gate())
        .handle(Fixtures.signed("/twilio/dial-result", with(form, "DialCallStatus", "completed"))));
    assertThat(twiml.count("/Response/Say")).isZero();
    assertThat(twiml.count("/Response/Hangup")).isEqualTo(1);
  }

  @Test
  void givenHostHoldsTheCall_dialResult_ringsWhomItNamesWithAWhisperAndTellsItWhatHappened() {
    List<String> seen = new CopyOnWriteArrayList<>();
    DialResult result = new DialResult(Fixtures.gate(), Fixtures.URLS, (sid, connected, gone, detail) -> {
      seen.add(sid + " " + connected + " " + gone + " " + detail);
      return Optional.of(new AfterDial.Ring(TransferPlan.to(OFFICE).withWhisper("Gas at 21 Oak St")));
    });

    Twiml twiml = Twiml.of(result.handle(Fixtures.signed("/twilio/dial-result",
        with(with(form, "DialCallStatus", "no-answer"), "CallStatus", "in-progress"))));

    assertThat(seen).containsExactly(CALL + " false false no-answer");
    assertThat(twiml.at("/Response/Say")).contains("Still trying");
    assertThat(twiml.at("/Response/Dial/Number")).isEqualTo("+12175550199");
    assertThat(twiml.at("/Response/Dial/Number/@url")).isEqualTo(Fixtures.URLS.whisper("Gas at 21 Oak St"));
    assertThat(twiml.at("/Response/Dial/@action")).isEqualTo("https://chris.example.com/twilio/dial-result");
  }

  @Test
  void givenHostBringsTheCallerBack_dialResult_reconnectsTheStreamWithTheNewToken() {
    DialResult result = new DialResult(Fixtures.gate(), Fixtures.URLS,
        (sid, connected, gone, detail) -> Optional.of(new AfterDial.Reconnect("fresh-token")));

    Twiml twiml = Twiml.of(result.handle(Fixtures.signed("/twilio/dial-result", with(form, "DialCallStatus", "busy"))));

    assertThat(twiml.at("/Response/Connect/Stream/@url")).isEqualTo("wss://chris.example.com/twilio/media");
    assertThat(twiml.at("/Response/Connect/Stream/Parameter/@value")).isEqualTo("fresh-token");
  }

  @Test
  void givenCallerHungUpDuringTheDial_dialResult_tellsTheHostWithDurationAndHangsUp() {
    List<String> seen = new CopyOnWriteArrayList<>();
    DialResult result = new DialResult(Fixtures.gate(), Fixtures.URLS, (sid, connected, gone, detail) -> {
      seen.add(connected + " " + gone + " " + detail);
      return Optional.of(new AfterDial.HangUp());
    });

    Twiml twiml = Twiml.of(result.handle(Fixtures.signed("/twilio/dial-result", with(with(with(form,
        "DialCallStatus", "completed"), "DialCallDuration", "42"), "CallStatus", "completed"))));

    assertThat(seen).containsExactly("true true completed, 42 s");
    assertThat(twiml.count("/Response/Hangup")).isEqualTo(1);
  }

  @Test
  void givenSignedWhisperRequest_whisper_saysTheTextToTheAnsweringPerson() {
    String url = Fixtures.URLS.whisper("Caller Ana, leak at 12 Oak St & unit 4");
    String rawQuery = url.substring(url.indexOf('?') + 1);
    WebhookRequest request = new WebhookRequest("/twilio/whisper", Optional.of(rawQuery),
        Map.of("CallSid", List.of(CALL), "AccountSid", List.of(ACCOUNT)),
        Optional.of(Fixtures.SIGNER.sign(url, form)));
    Twiml twiml = Twiml.of(new TransferWhisper(Fixtures.gate())
        .handle(request, Optional.of("Caller Ana, leak at 12 Oak St & unit 4")));
    assertThat(twiml.at("/Response/Say")).isEqualTo("Caller Ana, leak at 12 Oak St & unit 4");
  }

  @Test
  void givenCompletedStatusCallback_handle_reportsFinalStatusWithDuration() {
    List<CallStatusUpdate> updates = new CopyOnWriteArrayList<>();
    CallStatusCallback callback = new CallStatusCallback(Fixtures.gate(), updates::add);
    WebhookReply reply = callback.handle(
        Fixtures.signed("/twilio/status", TwilioWebhookForms.statusCallback(CALL, ACCOUNT, "completed", 42)));

    assertThat(reply).isInstanceOf(WebhookReply.Twiml.class);
    assertThat(updates).singleElement().satisfies(u -> {
      assertThat(u.callSid()).isEqualTo(CALL);
      assertThat(u.status()).isEqualTo(CallStatus.COMPLETED);
      assertThat(u.status().isFinal()).isTrue();
      assertThat(u.duration()).hasValue(java.time.Duration.ofSeconds(42));
    });
  }

  @Test
  void givenStatusValuesTwilioMayAddLater_parse_isLenient() {
    assertThat(CallStatus.fromWire("no-answer")).isEqualTo(CallStatus.NO_ANSWER);
    assertThat(CallStatus.fromWire("in-progress").isFinal()).isFalse();
    assertThat(CallStatus.fromWire("teleported")).isEqualTo(CallStatus.UNKNOWN);
  }

  @Test
  void givenUnsignedStatusCallback_handle_refusesAndReportsNothing() {
    List<CallStatusUpdate> updates = new CopyOnWriteArrayList<>();
    CallStatusCallback callback = new CallStatusCallback(Fixtures.gate(), updates::add);
    callback.handle(WebhookRequest.of("/twilio/status",
        TwilioWebhookForms.statusCallback(CALL, ACCOUNT, "completed", 42), Optional.empty()));
    assertThat(updates).isEmpty();
  }

  private static Map<String, String> with(Map<String, String> base, String key, String value) {
    Map<String, String> copy = new java.util.LinkedHashMap<>(base);
    copy.put(key, value);
    return copy;
  }
}
