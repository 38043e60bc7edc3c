package app.chris.adapters.twilio;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Play;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;
import java.util.List;
import java.util.Optional;

/**
 * The TwiML of the keypad-and-speech flow ({@code /twilio/gather}): Chris's lines as {@code <Play>} of his own
 * voice (or {@code <Say>} when no audio could be made), inside a {@code <Gather input="speech dtmf">} that posts
 * Twilio's {@code SpeechResult}/{@code Digits} back; then a transfer or a hang-up when the conversation is over.
 */
public final class GatherTwiml {
  /** Seconds of silence before Gather gives up and the flow is asked again (with no input). */
  static final int LISTEN_SECONDS = 6;

  private GatherTwiml() {}

  /** One line Chris says: its text, and the URL of his recorded voice saying it when there is one. */
  public record Line(String text, Optional<String> audioUrl) {}

  /** Says {@code lines} and listens for the caller's next words or keys; silence comes back without input. */
  public static String listen(PublicUrls urls, List<Line> lines) {
    Gather.Builder gather = new Gather.Builder()
        .inputs(List.of(Gather.Input.SPEECH, Gather.Input.DTMF))
        .action(urls.gather()).method(HttpMethod.POST)
        .speechTimeout("auto").timeout(LISTEN_SECONDS).language(Gather.Language.EN_US);
    for (Line line : lines) {
      line.audioUrl().ifPresentOrElse(url -> gather.play(new Play.Builder(url).build()),
          () -> gather.say(new Say.Builder(line.text()).build()));
    }
    return new VoiceResponse.Builder().gather(gather.build())
        .redirect(new Redirect.Builder(urls.gather()).method(HttpMethod.POST).build()).build().toXml();
  }

  /** Says {@code lines}, then puts the caller through as {@code plan} says (the dial's result comes back). */
  public static String transfer(PublicUrls urls, List<Line> lines, TransferPlan plan) {
    return spoken(lines).dial(TwilioTwiml.dial(urls, plan)).build().toXml();
  }

  /** Says {@code lines}, then hangs up. */
  public static String hangUp(List<Line> lines) {
    return spoken(lines).hangup(new Hangup.Builder().build()).build().toXml();
  }

  /** The REST update that moves a live call (ending its media stream) into the flow. */
  static String redirectToGather(PublicUrls urls) {
    return new VoiceResponse.Builder()
        .redirect(new Redirect.Builder(urls.gather()).method(HttpMethod.POST).build()).build().toXml();
  }

  private static VoiceResponse.Builder spoken(List<Line> lines) {
    VoiceResponse.Builder response = new VoiceResponse.Builder();
    for (Line line : lines) {
      line.audioUrl().ifPresentOrElse(url -> response.play(new Play.Builder(url).build()),
          () -> response.say(new Say.Builder(line.text()).build()));
    }
    return response;
  }
}
