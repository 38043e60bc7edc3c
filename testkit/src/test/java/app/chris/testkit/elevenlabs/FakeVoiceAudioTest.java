package app.chris.testkit.elevenlabs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FakeVoiceAudioTest {
  @Test
  void givenText_audio_lasts60msPerCharacterAndReadsBack() {
    byte[] audio = FakeVoiceAudio.of("Hello, all.", FakeVoiceAudio.DEFAULT_BYTES_PER_CHARACTER);

    assertThat(audio).hasSize(11 * 480);
    assertThat(FakeVoiceAudio.spoken(audio, FakeVoiceAudio.DEFAULT_BYTES_PER_CHARACTER)).isEqualTo("Hello, all.");
  }

  @Test
  void givenSilencePadding_spoken_ignoresIt() {
    byte[] audio = FakeVoiceAudio.of("ok", 4);
    byte[] padded = java.util.Arrays.copyOf(audio, audio.length + 3);
    java.util.Arrays.fill(padded, audio.length, padded.length, (byte) 0xFF);

    assertThat(FakeVoiceAudio.spoken(padded, 4)).isEqualTo("ok");
  }
}
