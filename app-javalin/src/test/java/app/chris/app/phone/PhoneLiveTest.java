package app.chris.app.phone;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.app.live.LiveEvents;
import app.chris.core.port.CallAnalytics;
import app.chris.core.port.LiveEvent;
import app.chris.core.port.LiveEvent.Kind;
import app.chris.testkit.twilio.SimulatedTwilioCaller;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A phone call reports itself live: vendor connections, the caller's partial and final words, first-audio latency. */
class PhoneLiveTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @Test
  void givenACallerSpeaking_theLiveFeedShowsVendorsWordsAndSpeechEndToFirstAudioLatency() throws Exception {
    try (PhoneFixture fixture = new PhoneFixture(true); LiveEvents live = new LiveEvents(fixture.context.liveFeed());
        SimulatedTwilioCaller caller = fixture.caller()) {
      caller.connect(caller.dial());
      assertThat(live.await(e -> e.kind() == Kind.VENDOR && e.fields().get("vendor").equals("openai")
          && e.fields().get("state").equals("connected"), WAIT)).as("ears connected").isTrue();
      assertThat(caller.await(c -> c.audioBytes() > 0 && !fixture.serverSpeaking(c.callSid()), WAIT)).isTrue();

      fixture.realtime.emit("{\"type\":\"input_audio_buffer.speech_started\",\"audio_start_ms\":0,\"item_id\":\"i\"}");
      fixture.realtime.emit("{\"type\":\"conversation.item.input_audio_transcription.delta\",\"item_id\":\"i\","
          + "\"content_index\":0,\"delta\":\"my sink\"}");
      fixture.realtime.emit("{\"type\":\"input_audio_buffer.speech_stopped\",\"audio_end_ms\":900,\"item_id\":\"i\"}");
      fixture.realtime.emit("{\"type\":\"conversation.item.input_audio_transcription.completed\",\"item_id\":\"i\","
          + "\"content_index\":0,\"transcript\":\"my sink is leaking\"}");

      assertThat(live.await(e -> e.kind() == Kind.LATENCY, WAIT)).as("latency measured").isTrue();
      caller.hangUp();
      assertThat(live.await(e -> e.kind() == Kind.CALL_ENDED, WAIT)).isTrue();

      LiveEvent started = live.of(Kind.CALL_STARTED).get(0);
      assertThat(started.fields()).containsEntry("channel", "phone").containsEntry("from", PhoneFixture.CALLER);
      assertThat(live.of(Kind.CALLER_PARTIAL)).extracting(e -> e.fields().get("text")).containsExactly("my sink");
      assertThat(live.of(Kind.CALLER_SAID)).extracting(e -> e.fields().get("text"))
          .containsExactly("my sink is leaking");
      assertThat(live.of(Kind.CHRIS_SAID)).extracting(e -> e.fields().get("text")).contains("You said: my sink is leaking");
      assertThat(live.of(Kind.VENDOR)).anyMatch(e -> e.fields().get("vendor").equals("elevenlabs")
          && e.fields().get("state").equals("streaming"));
      assertThat(live.of(Kind.LATENCY)).singleElement()
          .satisfies(e -> assertThat(e.fields()).containsEntry("measure", "first-audio").containsKey("millis"));
      assertThat(analytics(fixture).latency().turns()).as("the turn's metric, with its audio latency").isEqualTo(1);
    }
  }

  private static CallAnalytics analytics(PhoneFixture fixture) {
    return fixture.stores.history().analytics(fixture.clock.instant().minus(Duration.ofDays(1)),
        fixture.clock.instant().plus(Duration.ofDays(1)), ZoneOffset.UTC);
  }
}
