package app.chris.adapters.twilio;

import static app.chris.adapters.twilio.Fixtures.ACCOUNT;
import static app.chris.adapters.twilio.Fixtures.CALL;
import static app.chris.adapters.twilio.Fixtures.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.PhoneNumber;
import app.chris.testkit.twilio.FakeTwilioRestServer;
import app.chris.testkit.twilio.TwilioMediaFrames;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TwilioCallerLineTest {
  private static final String STREAM = "MZ00000000000000000000000000000009";
  private final FakeTwilioRestServer twilio = FakeTwilioRestServer.start(ACCOUNT, TOKEN);
  private final TwilioMediaCodec codec = new TwilioMediaCodec(new MediaStreamCounters());
  private final List<String> sent = new CopyOnWriteArrayList<>();
  private final TwilioCallerLine line = new TwilioCallerLine(start(), sent::add, codec,
      new TwilioCallControl(TwilioRestClients.create(new TwilioSettings(ACCOUNT, TOKEN, twilio.baseUrl())),
          Fixtures.URLS),
      Runnable::run);

  @AfterEach
  void stop() {
    twilio.close();
  }

  @Test
  void givenAudio_play_sendsItUntouchedOnTheStream() {
    byte[] audio = new byte[160];
    audio[0] = 42;
    line.play(new AudioFrame(audio));

    InboundFrame echoedBack = codec.decode(sent.get(0));
    assertThat(echoedBack).isInstanceOfSatisfying(InboundFrame.Media.class, m -> {
      assertThat(m.streamSid()).isEqualTo(STREAM);
      assertThat(m.audio().mulaw()).isEqualTo(audio);
    });
  }

  @Test
  void givenMarkEchoed_acknowledge_confirmsWhatWasHeard() {
    line.play(new AudioFrame(new byte[320]));
    line.mark("s1");

    assertThat(line.acknowledge("s1")).isTrue();
    assertThat(line.heardMillis()).isEqualTo(40);
  }

  @Test
  void givenBargeIn_clearPlayback_sendsClearAndLaterEchoesProveNothing() {
    line.play(new AudioFrame(new byte[320]));
    line.mark("s1");
    line.clearPlayback();

    assertThat(sent.get(sent.size() - 1)).isEqualTo(codec.clear(STREAM));
    assertThat(line.acknowledge("s1")).isFalse();
    assertThat(line.heardMillis()).isZero();
  }

  @Test
  void givenGoodbyeStillPlaying_hangUp_waitsForItsMarkBeforeEndingTheCall() {
    line.play(new AudioFrame(new byte[1600]));
    line.hangUp();

    assertThat(twilio.callUpdates()).isEmpty();
    assertThat(sent.get(sent.size() - 1)).isEqualTo(codec.mark(STREAM, TwilioCallerLine.HANGUP_MARK));

    line.acknowledge(TwilioCallerLine.HANGUP_MARK);
    line.hangUp();
    assertThat(twilio.callUpdates()).singleElement().satisfies(u -> assertThat(u.status()).hasValue("completed"));
  }

  @Test
  void givenNothingSaid_hangUp_endsTheCallAtOnce() {
    line.hangUp();
    assertThat(twilio.callUpdates()).hasSize(1);
  }

  @Test
  void givenTransferWithWhisper_transfer_updatesTheLiveCall() {
    line.transfer(new PhoneNumber("+12175550199"), "Gas smell reported at 12 Oak St");

    Twiml twiml = Twiml.parse(twilio.callUpdates().get(0).twiml().orElseThrow());
    assertThat(twiml.at("/Response/Dial/Number")).isEqualTo("+12175550199");
    assertThat(twiml.at("/Response/Dial/Number/@url")).contains("/twilio/whisper?text=Gas+smell");
  }

  @Test
  void givenTwilioDown_hangUp_doesNotThrowIntoTheSession() {
    twilio.close();
    line.hangUp();
    assertThat(twilio.callUpdates()).isEmpty();
  }

  private static InboundFrame.Start start() {
    String json = new TwilioMediaFrames(STREAM, CALL, ACCOUNT).start(Map.of("token", "t"));
    return (InboundFrame.Start) new TwilioMediaCodec(new MediaStreamCounters()).decode(json);
  }
}
