package app.chris.adapters.elevenlabs;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.Utterance;
import app.chris.testkit.elevenlabs.RecordingAudioSink;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ElevenLabsSpeechSynthesizerTest {
  private final VoiceFixture voice = new VoiceFixture();

  @AfterEach
  void tearDown() {
    voice.close();
  }

  @Test
  void givenStreamedSentences_end_deliversAllAudioInOrderAsPhoneFrames() {
    RecordingAudioSink sink = voice.say("Hello there. How ", "are you today? ", "Bye");

    assertThat(sink.isDone()).isTrue();
    assertThat(sink.failure()).isEmpty();
    assertThat(sink.frames()).isNotEmpty().allSatisfy(f -> assertThat(f.mulaw()).hasSize(AudioFrame.PHONE_FRAME_BYTES));
    assertThat(VoiceFixture.heard(sink)).isEqualTo("Hello there. How are you today? Bye ");
  }

  @Test
  void givenUtterance_socketMessages_initContextFirstThenWholeSentencesThenFlushAndClose() {
    voice.say("Hello there. How ", "are you?");

    List<JsonNode> messages = voice.fake.socketMessages();
    assertThat(messages.get(0).path("voice_settings").isObject()).isTrue();
    assertThat(messages.get(0).path("text").asText()).isEqualTo(" ");
    assertThat(messages).extracting(m -> m.path("text").asText(null))
        .containsSubsequence("Hello there. ", "How are you? ");
    assertThat(messages.get(messages.size() - 2).path("flush").asBoolean()).isTrue();
    assertThat(messages.get(messages.size() - 1).path("close_context").asBoolean()).isTrue();
    assertThat(messages).extracting(m -> m.path("context_id").asText()).containsOnly("ctx-1");
    assertThat(voice.fake.handshakeKeys()).containsExactly(VoiceFixture.KEY);
  }

  @Test
  void givenMoneyAndPhoneNumbers_appended_spokenAsWordsOnTheWire() {
    RecordingAudioSink sink = voice.say("Your balance is $125.50. ");

    assertThat(VoiceFixture.heard(sink))
        .isEqualTo("Your balance is one hundred twenty-five dollars and fifty cents. ");
    assertThat(voice.metrics.snapshot().characters()).isEqualTo(64);
  }

  @Test
  void givenSixUtterancesAtOnce_begin_spreadsContextsOverSocketsWithoutHittingTheLimit() {
    List<RecordingAudioSink> sinks = new ArrayList<>();
    List<Utterance> utterances = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      RecordingAudioSink sink = new RecordingAudioSink();
      sinks.add(sink);
      Utterance utterance = voice.synthesizer.begin(sink);
      utterance.append("Line " + (char) ('a' + i) + ". ");
      utterances.add(utterance);
    }
    utterances.forEach(Utterance::end);

    for (int i = 0; i < 6; i++) {
      assertThat(sinks.get(i).awaitEnd(VoiceFixture.WAIT)).isTrue();
      assertThat(sinks.get(i).failure()).isEmpty();
      assertThat(VoiceFixture.heard(sinks.get(i))).isEqualTo("Line " + (char) ('a' + i) + ". ");
    }
    assertThat(voice.fake.handshakeKeys()).hasSize(2);
  }

  @Test
  void givenSynthesis_metrics_recordTimeToFirstAudioPerUtterance() {
    voice.say("One. ");
    voice.say("Two. ");

    assertThat(voice.metrics.snapshot().synthesised()).isEqualTo(2);
  }
}
