package app.chris.adapters.twilio;

import app.chris.core.port.PhoneNumber;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Connect;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Number;
import com.twilio.twiml.voice.Parameter;
import com.twilio.twiml.voice.Say;
import com.twilio.twiml.voice.Stream;
import java.util.Optional;

/** The TwiML documents Chris answers with, built with twilio-java's builders (they XML-escape attributes and text). */
final class TwilioTwiml {
  static final int DIAL_TIMEOUT_SECONDS = 20;

  private TwilioTwiml() {}

  /**
   * {@code <Connect action><Stream url><Parameter name="token"/>...</Stream></Connect>}: the bidirectional stream.
   * The caller's {@code from}/{@code to} ride along, so whichever server the media socket reaches knows them.
   */
  static String connectStream(PublicUrls urls, IncomingCall call) {
    Stream stream = new Stream.Builder()
        .url(urls.mediaStream())
        .parameter(new Parameter.Builder().name(IncomingCall.TOKEN).value(call.streamToken()).build())
        .parameter(new Parameter.Builder().name(IncomingCall.FROM).value(call.from()).build())
        .parameter(new Parameter.Builder().name(IncomingCall.TO).value(call.to()).build())
        .build();
    return connect(urls, stream);
  }

  /** A new stream for a call this instance already holds (back from an unanswered dial): only the token. */
  static String connectStream(PublicUrls urls, String streamToken) {
    return connect(urls, new Stream.Builder().url(urls.mediaStream())
        .parameter(new Parameter.Builder().name(IncomingCall.TOKEN).value(streamToken).build()).build());
  }

  private static String connect(PublicUrls urls, Stream stream) {
    Connect connect = new Connect.Builder().action(urls.connectAction()).stream(stream).build();
    return new VoiceResponse.Builder().connect(connect).build().toXml();
  }

  /** Optional words to the caller, then a bridged call to {@code to} with an optional whisper to whoever answers. */
  static String transfer(PublicUrls urls, TransferPlan plan) {
    VoiceResponse.Builder response = new VoiceResponse.Builder();
    plan.announcement().ifPresent(text -> response.say(new Say.Builder(text).build()));
    return response.dial(dial(urls, plan)).build().toXml();
  }

  /** The {@code <Dial>} of a transfer: bridged on answer, whisper first, the result posted to dial-result. */
  static Dial dial(PublicUrls urls, TransferPlan plan) {
    Number.Builder number = new Number.Builder(plan.to().e164());
    plan.whisper().ifPresent(text -> number.url(urls.whisper(text)));
    Dial.Builder dial = new Dial.Builder()
        .answerOnBridge(true)
        .timeout(DIAL_TIMEOUT_SECONDS)
        .action(urls.dialResult())
        .number(number.build());
    plan.callerId().ifPresent(id -> dial.callerId(id.e164()));
    return dial.build();
  }

  static String sayThenDial(String words, PhoneNumber office, PublicUrls urls) {
    return transfer(urls, new TransferPlan(office, Optional.of(words), Optional.empty(), Optional.empty()));
  }

  /**
   * Words, then the office with no {@code action}: Twilio carries on by itself afterwards (a closing sentence if
   * nobody answered), so it works while this server is going away. Without an office number: words, hang up.
   */
  static String forwardToOffice(String words, Optional<PhoneNumber> office, String ifNobodyAnswers) {
    VoiceResponse.Builder response = new VoiceResponse.Builder().say(new Say.Builder(words).build());
    office.ifPresent(number -> response.dial(new Dial.Builder().answerOnBridge(true).timeout(DIAL_TIMEOUT_SECONDS)
        .number(new Number.Builder(number.e164()).build()).build())
        .say(new Say.Builder(ifNobodyAnswers).build()));
    return response.hangup(new Hangup.Builder().build()).build().toXml();
  }

  static String say(String words) {
    return new VoiceResponse.Builder().say(new Say.Builder(words).build()).build().toXml();
  }

  static String sayThenHangUp(String words) {
    return new VoiceResponse.Builder().say(new Say.Builder(words).build()).hangup(new Hangup.Builder().build())
        .build().toXml();
  }

  static String hangUp() {
    return new VoiceResponse.Builder().hangup(new Hangup.Builder().build()).build().toXml();
  }

  static String empty() {
    return new VoiceResponse.Builder().build().toXml();
  }
}
