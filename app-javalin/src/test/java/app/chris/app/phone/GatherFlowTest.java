package app.chris.app.phone;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.adapters.twilio.PhraseLinks;
import app.chris.core.offline.OfflineLanguageModel;
import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.TranscriptLine;
import app.chris.core.routing.ModelLineup;
import app.chris.testkit.ScriptedLanguageModel;
import app.chris.testkit.fault.VendorFault;
import app.chris.testkit.twilio.SimulatedTwilioCaller;
import app.chris.testkit.twilio.TwilioWebhookForms;
import app.chris.testkit.twilio.TwimlAnswer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * OpenAI unreachable altogether (the ears cannot open): the call is moved to Chris's keypad-and-speech flow,
 * Twilio's recognition hears the caller, Chris still answers in his own voice and an emergency is still taken.
 */
class GatherFlowTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final Pattern PLAY = Pattern.compile("<Play>([^<]+)</Play>");

  @Test
  void givenOpenAiRefusesEveryHandshake_whenACallComesIn_thenItMovesToGatherAndAnEmergencyIsStillTaken()
      throws Exception {
    try (PhoneFixture fixture = new PhoneFixture(true, new OfflineLanguageModel(), Duration.ofMillis(2), Map.of());
        SimulatedTwilioCaller caller = fixture.caller()) {
      fixture.realtime.faultPlan().always(new VendorFault.ServerError(503));

      caller.connect(caller.dial());

      assertThat(caller.await(c -> fixture.twilio.callUpdates().stream()
          .anyMatch(u -> u.twiml().orElse("").contains("/twilio/gather")), WAIT)).as("redirected").isTrue();
      caller.hangUp(); // Twilio ends the media stream when the call's TwiML is replaced
      TwimlAnswer opening = gather(caller, Map.of());
      assertThat(opening.body()).as("%s", fixture.callLog.find(new CallId("c_" + caller.callSid()))).contains("<Gather", "input=\"speech dtmf\"", "action=\"" + PhoneFixture.PUBLIC_URL
          + "/twilio/gather\"");
      assertPlayable(fixture, opening);

      TwimlAnswer answer = gather(caller, Map.of("SpeechResult", "I smell gas in my kitchen", "Confidence", "0.9"));
      assertPlayable(fixture, answer);
      assertOnlySignedLinksPlay(fixture, answer);
      caller.post("/twilio/status", TwilioWebhookForms.statusCallback(caller.callSid(), PhoneFixture.ACCOUNT,
          "completed", 60));

      CallId id = new CallId("c_" + caller.callSid());
      assertThat(caller.await(c -> fixture.callLog.find(id).filter(CallRecord::ended).isPresent(), WAIT)).isTrue();
      CallRecord record = fixture.callLog.find(id).orElseThrow();
      assertThat(record.transcript()).extracting(TranscriptLine::text).contains("I smell gas in my kitchen");
      assertThat(record.outcome()).as(record.toString()).hasValueSatisfying(o ->
          assertThat(o.name()).isEqualTo("EMERGENCY"));
    }
  }

  @Test
  void givenOpenAiUnreachable_whenTheCallerSpeaksInTheGatherFlow_thenTheOfflineEngineAnswersWithoutTryingOpenAi()
      throws Exception {
    ScriptedLanguageModel openAi = new ScriptedLanguageModel("openai:fast").delay(Duration.ofSeconds(2));
    ModelLineup lineup = new ModelLineup(openAi, Optional.empty(), List.of(new OfflineLanguageModel()));
    try (PhoneFixture fixture = new PhoneFixture(true, lineup, Duration.ofMillis(2), Map.of());
        SimulatedTwilioCaller caller = fixture.caller()) {
      fixture.realtime.faultPlan().always(new VendorFault.ServerError(503));
      caller.connect(caller.dial());
      assertThat(caller.await(c -> fixture.twilio.callUpdates().stream()
          .anyMatch(u -> u.twiml().orElse("").contains("/twilio/gather")), WAIT)).as("redirected").isTrue();
      caller.hangUp();
      gather(caller, Map.of());

      TwimlAnswer answer = gather(caller, Map.of("SpeechResult", "I smell gas in my kitchen", "Confidence", "0.9"));

      assertPlayable(fixture, answer);
      assertThat(openAi.prompts()).as("OpenAI, down on this call and never proven healthy since, is not waited on")
          .isEmpty();

      fixture.clock.advance(PhraseLinks.LIFETIME.plusSeconds(1)); // the link was copied into a log, say
      assertThat(fetch(fixture, playedPath(answer)).statusCode()).as("an expired link").isEqualTo(403);
    }
  }

  @Test
  void givenAForgedGatherRequest_whenItArrives_thenItIsRefused() {
    try (PhoneFixture fixture = new PhoneFixture(true); SimulatedTwilioCaller caller = fixture.caller()) {
      TwimlAnswer forged = caller.postForged("/twilio/gather", form(caller, Map.of("Digits", "1")));
      assertThat(forged.status()).isEqualTo(403);
    }
  }

  private static TwimlAnswer gather(SimulatedTwilioCaller caller, Map<String, String> heard) {
    TwimlAnswer answer = caller.post("/twilio/gather", form(caller, heard));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer;
  }

  private static Map<String, String> form(SimulatedTwilioCaller caller, Map<String, String> heard) {
    Map<String, String> form = new java.util.LinkedHashMap<>(TwilioWebhookForms.incomingCall(caller.callSid(),
        PhoneFixture.ACCOUNT, PhoneFixture.CALLER, "+12175550100"));
    form.put("CallStatus", "in-progress");
    form.putAll(heard);
    return form;
  }

  /** Every line is Chris's own voice: a WAV the server serves at the played URL. */
  private static void assertPlayable(PhoneFixture fixture, TwimlAnswer answer) throws Exception {
    assertThat(answer.body()).doesNotContain("<Say");
    HttpResponse<byte[]> wav = fetch(fixture, playedPath(answer));
    assertThat(wav.statusCode()).isEqualTo(200);
    assertThat(wav.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("audio/wav"));
    assertThat(new String(wav.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
  }

  /** The played link without its signature, or with another phrase's, is refused with nothing to learn from. */
  private static void assertOnlySignedLinksPlay(PhoneFixture fixture, TwimlAnswer answer) throws Exception {
    String path = playedPath(answer);
    String unsigned = path.substring(0, path.indexOf('?'));
    String otherId = path.replaceFirst("/twilio/phrases/[0-9a-f]{4}", "/twilio/phrases/0000");
    for (String refused : List.of(unsigned, otherId, unsigned + "?exp=99999999999&sig=forged")) {
      HttpResponse<byte[]> response = fetch(fixture, refused);
      assertThat(response.statusCode()).as(refused).isEqualTo(403);
      assertThat(response.body()).as(refused).isEmpty();
    }
  }

  /** The first line's link as Twilio would fetch it (the path and signed query, XML entities undone). */
  private static String playedPath(TwimlAnswer answer) {
    Matcher play = PLAY.matcher(answer.body());
    assertThat(play.find()).as(answer.body()).isTrue();
    return play.group(1).replace("&amp;", "&").substring(PhoneFixture.PUBLIC_URL.length());
  }

  private static HttpResponse<byte[]> fetch(PhoneFixture fixture, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + fixture.server.port() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
