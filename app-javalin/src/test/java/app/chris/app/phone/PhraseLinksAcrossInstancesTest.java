package app.chris.app.phone;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.speech.SentenceSplitter;
import app.chris.core.call.FixedLines;
import app.chris.core.offline.OfflineLanguageModel;
import app.chris.core.port.FailureKind;
import app.chris.testkit.fault.VendorFault;
import app.chris.testkit.twilio.SimulatedTwilioCaller;
import app.chris.testkit.twilio.TwilioWebhookForms;
import app.chris.testkit.twilio.TwimlAnswer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two servers on the same configuration, as behind one phone line's load balancer: Twilio's fetch of a phrase link
 * that one server put in its TwiML may reach the other.
 */
class PhraseLinksAcrossInstancesTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final Pattern PLAY = Pattern.compile("<Play>([^<]+)</Play>");

  @Test
  void givenAGatherTurnAnsweredByOneServer_whenTwilioFetchesItsLineFromTheOther_thenTheOtherPlaysThatLine()
      throws Exception {
    try (PhoneFixture a = new PhoneFixture(true, new OfflineLanguageModel(), Duration.ofMillis(2), Map.of());
        PhoneFixture b = new PhoneFixture(true); SimulatedTwilioCaller caller = a.caller()) {
      a.realtime.faultPlan().always(new VendorFault.ServerError(503));
      caller.connect(caller.dial());
      assertThat(caller.await(c -> a.twilio.callUpdates().stream()
          .anyMatch(u -> u.twiml().orElse("").contains("/twilio/gather")), WAIT)).as("redirected").isTrue();
      caller.hangUp();

      TwimlAnswer opening = caller.post("/twilio/gather", gatherForm(caller));

      HttpResponse<byte[]> wav = fetch(b, playedPath(opening));
      assertThat(wav.statusCode()).isEqualTo(200);
      assertThat(wav.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("audio/wav"));
      assertThat(new String(wav.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
      assertThat(b.voice.spoken()).as("said by the other server's own voice, a sentence a link")
          .containsExactly(SentenceSplitter.split(GatherTurns.OPENING).get(0));
    }
  }

  @Test
  void givenAGreetingsLinkFromOneServer_whenFetchedFromTheOther_thenItPlays() throws Exception {
    try (PhoneFixture a = new PhoneFixture(true); PhoneFixture b = new PhoneFixture(true)) {
      String greeting = FixedLines.forCompany(b.stores.directory().company()).get(0);

      assertThat(fetch(b, link(a, greeting)).statusCode()).isEqualTo(200);
      assertThat(b.voice.spoken()).containsExactly(greeting);
    }
  }

  @Test
  void givenALineOfOneCallersDetails_whenFetchedFromTheOther_thenItIsRefusedAtOnceAndPlaysWhereItWasMade()
      throws Exception {
    try (PhoneFixture a = new PhoneFixture(true); PhoneFixture b = new PhoneFixture(true)) {
      String link = link(a, "So that's 12 Elm Street, apartment 4?");

      assertThat(fetch(b, link).statusCode()).as("Twilio skips the line").isEqualTo(404);
      assertThat(fetch(a, link).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void givenTheOtherServersVoiceDown_whenAKnownLineIsFetchedThere_thenItAnswersUnavailableSoTwilioMovesOn()
      throws Exception {
    try (PhoneFixture a = new PhoneFixture(true); PhoneFixture b = new PhoneFixture(true)) {
      b.voice.failFromNowOn(FailureKind.UNAVAILABLE);

      assertThat(fetch(b, link(a, GatherTurns.STILL_THERE)).statusCode()).isEqualTo(503);
    }
  }

  @Test
  void givenAKnownLinesLinkWithAForgedSignature_whenFetchedFromTheOther_thenItIsRefusedAndNothingIsSaid()
      throws Exception {
    try (PhoneFixture a = new PhoneFixture(true); PhoneFixture b = new PhoneFixture(true)) {
      String link = link(a, GatherTurns.GOODBYE);
      String forged = link.substring(0, link.indexOf("&sig=")) + "&sig=forged";

      HttpResponse<byte[]> refused = fetch(b, forged);

      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).isEmpty();
      assertThat(b.voice.spoken()).isEmpty();
    }
  }

  /** The signed path of {@code text} as {@code server}'s gather flow puts it in a {@code <Play>}. */
  private static String link(PhoneFixture server, String text) {
    PhoneLine phone = server.context.phone();
    String id = phone.phrases.idFor(text).orElseThrow();
    return phone.phraseLinks.url(phone.urls, id).substring(PhoneFixture.PUBLIC_URL.length());
  }

  private static Map<String, String> gatherForm(SimulatedTwilioCaller caller) {
    Map<String, String> form = new LinkedHashMap<>(TwilioWebhookForms.incomingCall(caller.callSid(),
        PhoneFixture.ACCOUNT, PhoneFixture.CALLER, "+12175550100"));
    form.put("CallStatus", "in-progress");
    return form;
  }

  private static String playedPath(TwimlAnswer answer) {
    Matcher play = PLAY.matcher(answer.body());
    assertThat(play.find()).as(answer.body()).isTrue();
    return play.group(1).replace("&amp;", "&").substring(PhoneFixture.PUBLIC_URL.length());
  }

  private static HttpResponse<byte[]> fetch(PhoneFixture server, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.server.port() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
