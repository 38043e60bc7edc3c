package app.chris.app.phone;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.offline.OfflineLanguageModel;
import app.chris.core.port.CallAction;
import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Effect;
import app.chris.core.port.Notice;
import app.chris.testkit.twilio.RecordedCallUpdate;
import app.chris.testkit.twilio.SimulatedTwilioCaller;
import app.chris.testkit.twilio.TwimlAnswer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A gas emergency on a simulated Twilio call (fake Twilio REST, signed webhooks, the offline engine): the live
 * call is redirected to a {@code <Dial>} of the first on-call contact with a whisper; Twilio's dial results decide
 * what comes next. Demo contacts: "On-call maintenance" +12175550199, then "Maintenance supervisor" +12175550198.
 */
class EmergencyWarmTransferTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Test
  void givenTheFirstOnCallContactDoesNotAnswer_theSecondIsRungAndTakesTheCall() throws Exception {
    try (PhoneFixture fixture = fixture(); SimulatedTwilioCaller caller = fixture.caller()) {
      Document dial = reportGasAndAwaitTransfer(fixture, caller);
      assertThat(number(dial).getTextContent()).isEqualTo("+12175550199");
      assertThat(whisperHeard(caller, number(dial))).contains("Emergency call from Chris at Lakeside", "gas", "21 Oak");

      TwimlAnswer second = dialResult(caller, "no-answer", Map.of());
      assertThat(number(xml(second.body())).getTextContent()).isEqualTo("+12175550198");
      assertThat(second.body()).contains("<Say>").contains("action=\"" + PhoneFixture.PUBLIC_URL + "/twilio/dial-result\"");

      TwimlAnswer done = dialResult(caller, "completed", Map.of("DialCallDuration", "95"));
      assertThat(done.body()).contains("<Hangup/>");

      CallRecord record = record(fixture, caller);
      assertThat(record.ended()).isTrue();
      assertThat(record.actions()).extracting(CallAction::kind).containsSubsequence("escalate_on_call",
          "emergency_filed", "on_call_dial", "on_call_no_answer", "on_call_dial", "on_call_answered");
      assertThat(record.actions()).filteredOn(a -> a.kind().equals("on_call_answered")).singleElement()
          .satisfies(a -> assertThat(a.detail()).contains("Maintenance supervisor", "completed, 95 s"));
    }
  }

  @Test
  void givenNobodyOnCallAnswers_chrisComesBackTakesAMessageAndAlertsTheOffice() throws Exception {
    try (PhoneFixture fixture = fixture(); SimulatedTwilioCaller caller = fixture.caller()) {
      reportGasAndAwaitTransfer(fixture, caller);
      dialResult(caller, "no-answer", Map.of());

      TwimlAnswer back = dialResult(caller, "busy", Map.of());
      assertThat(back.connectsStream()).as(back.body()).isTrue();

      try (SimulatedTwilioCaller again = fixture.caller(caller.callSid())) {
        again.connect(back);
        assertThat(again.await(c -> c.audioBytes() > 0, WAIT)).as("Chris speaks again").isTrue();
        assertThat(fixture.realtime.awaitEventOn(1, "session.update", WAIT)).as("listening again: second ears")
            .hasValueSatisfying(e -> assertThat(e.path("session").has("instructions")).isTrue());
        assertThat(again.await(c -> !fixture.serverSpeaking(c.callSid()), WAIT)).isTrue();
        fixture.realtime.emit(transcript("Please hurry, the smell is getting worse near the stairs."));

        assertThat(again.await(c -> hungUp(fixture, c.callSid()), WAIT)).as("Chris says goodbye, hangs up").isTrue();
      }
      CallRecord record = record(fixture, caller);
      assertThat(record.ended()).isTrue();
      assertThat(record.actions()).extracting(CallAction::kind).containsSubsequence("on_call_dial",
          "on_call_no_answer", "on_call_dial", "on_call_no_answer", "on_call_unreachable", "message_taken");
      assertThat(record.transcript().stream().map(l -> l.text()).toList())
          .anyMatch(t -> t.contains("couldn't reach our on-call team"))
          .anyMatch(t -> t.contains("passed that on as urgent"));
      assertThat(alerts(fixture)).extracting(Notice.UrgentAlert::subject)
          .contains("On-call not reached: gas", "Message from an emergency caller: gas");
    }
  }

  @Test
  void givenTheCallerHangsUpWhileOnCallIsRinging_theCallIsClosedWithThatStep() throws Exception {
    try (PhoneFixture fixture = fixture(); SimulatedTwilioCaller caller = fixture.caller()) {
      reportGasAndAwaitTransfer(fixture, caller);

      TwimlAnswer answer = dialResult(caller, "canceled", Map.of("CallStatus", "completed"));

      assertThat(answer.connectsStream()).isFalse();
      CallRecord record = record(fixture, caller);
      assertThat(record.ended()).isTrue();
      assertThat(record.actions()).extracting(CallAction::kind).endsWith("on_call_not_completed");
    }
  }

  private static PhoneFixture fixture() {
    return new PhoneFixture(true, new OfflineLanguageModel(), Duration.ofMillis(2), Map.of());
  }

  /** The caller reports a gas smell, then the address; Chris redirects the call to ring on-call. */
  private static Document reportGasAndAwaitTransfer(PhoneFixture fixture, SimulatedTwilioCaller caller)
      throws Exception {
    caller.connect(caller.dial());
    assertThat(fixture.realtime.awaitEvent("session.update", WAIT)).isPresent();
    turn(fixture, caller, "I smell gas in my hallway, it's really strong!");
    turn(fixture, caller, "It's 21 Oak Street.");
    assertThat(caller.await(c -> !fixture.twilio.callUpdates().isEmpty(), WAIT)).as("call redirected").isTrue();
    RecordedCallUpdate update = fixture.twilio.callUpdates().get(0);
    assertThat(update.callSid()).isEqualTo(caller.callSid());
    // Twilio ends the media stream when the call's TwiML is replaced.
    caller.hangUp();
    assertThat(caller.await(c -> fixture.context.phone().calls.isParked(c.callSid()), WAIT)).as("parked").isTrue();
    assertThat(record(fixture, caller).ended()).isFalse();
    return xml(update.twiml().orElseThrow());
  }

  private static void turn(PhoneFixture fixture, SimulatedTwilioCaller caller, String said) {
    assertThat(caller.await(c -> !fixture.serverSpeaking(c.callSid()), WAIT)).isTrue();
    long before = caller.audioBytes();
    fixture.realtime.emit(transcript(said));
    assertThat(caller.await(c -> c.audioBytes() > before, WAIT)).as("answer to: " + said).isTrue();
  }

  private static TwimlAnswer dialResult(SimulatedTwilioCaller caller, String status, Map<String, String> extra) {
    Map<String, String> form = new java.util.HashMap<>(Map.of("CallSid", caller.callSid(), "AccountSid",
        PhoneFixture.ACCOUNT, "DialCallStatus", status, "DialCallSid", "CA" + "d".repeat(32), "CallStatus",
        "in-progress"));
    form.putAll(extra);
    TwimlAnswer answer = caller.post("/twilio/dial-result", form);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer;
  }

  /** Fetches the number's whisper URL as Twilio would for the person who answers; returns what they hear. */
  private static String whisperHeard(SimulatedTwilioCaller caller, Element number) {
    String url = number.getAttribute("url");
    assertThat(url).startsWith(PhoneFixture.PUBLIC_URL + "/twilio/whisper?");
    TwimlAnswer answer = caller.post(url.substring(PhoneFixture.PUBLIC_URL.length()),
        Map.of("CallSid", "CA" + "d".repeat(32), "AccountSid", PhoneFixture.ACCOUNT));
    assertThat(answer.status()).isEqualTo(200);
    return xml(answer.body()).getElementsByTagName("Say").item(0).getTextContent();
  }

  private static boolean hungUp(PhoneFixture fixture, String callSid) {
    return fixture.twilio.callUpdates().stream()
        .anyMatch(u -> u.callSid().equals(callSid) && u.status().filter("completed"::equals).isPresent());
  }

  private static CallRecord record(PhoneFixture fixture, SimulatedTwilioCaller caller) {
    return fixture.callLog.find(new CallId("c_" + caller.callSid())).orElseThrow();
  }

  private static List<Notice.UrgentAlert> alerts(PhoneFixture fixture) {
    return fixture.outbox.all().stream().map(e -> e.message().effect()).filter(e -> e instanceof Effect.Email)
        .map(e -> ((Effect.Email) e).notice()).filter(n -> n instanceof Notice.UrgentAlert)
        .map(n -> (Notice.UrgentAlert) n).toList();
  }

  private static Element number(Document twiml) {
    return (Element) twiml.getElementsByTagName("Number").item(0);
  }

  private static Document xml(String body) {
    try {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException("not XML: " + body, e);
    }
  }

  private static String transcript(String text) {
    return "{\"type\":\"conversation.item.input_audio_transcription.completed\",\"item_id\":\"item_1\","
        + "\"content_index\":0,\"transcript\":\"" + text + "\"}";
  }
}
