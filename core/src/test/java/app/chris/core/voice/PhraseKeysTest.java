package app.chris.core.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A phrase's name must be the same wherever and whenever it is computed: links made on one instance name it. */
class PhraseKeysTest {
  private static final String VOICE = "api.elevenlabs.io/voice-1/eleven_flash_v2_5/ulaw_8000";

  @Test
  void givenAVoiceAndALine_whenNamed_thenTheNameIsFixedBySha256AloneOnAnyJvm() {
    // sha256("<voice>\nThanks for calling.") cut to 16 bytes, as hex: a restart or another instance gets the same.
    assertThat(PhraseKeys.of(VOICE, "Thanks for calling.")).isEqualTo("a41e9dacb5cbf210cf8c0e8f1ef9cf0b");
  }

  @Test
  void givenTheSameLineWithSurroundingSpace_whenNamed_thenItIsTheSamePhrase() {
    assertThat(PhraseKeys.of(VOICE, "  Thanks for calling.\n")).isEqualTo(PhraseKeys.of(VOICE, "Thanks for calling."));
  }

  @Test
  void givenAnotherVoiceModelOrText_whenNamed_thenTheNameDiffers() {
    String name = PhraseKeys.of(VOICE, "Thanks for calling.");
    assertThat(PhraseKeys.of(VOICE.replace("flash", "turbo"), "Thanks for calling.")).isNotEqualTo(name);
    assertThat(PhraseKeys.of("api.elevenlabs.io/voice-2/eleven_flash_v2_5/ulaw_8000", "Thanks for calling."))
        .isNotEqualTo(name);
    assertThat(PhraseKeys.of(VOICE, "Thanks for calling!")).isNotEqualTo(name);
  }

  @Test
  void givenAPhraseStoredInTheCache_whenItsFileIsListed_thenTheFileCarriesThePhrasesName(@TempDir Path dir)
      throws Exception {
    PhraseCache cache = new PhraseCache(dir, VOICE, PhraseCacheLimits.defaults());
    cache.put("Thanks for calling.", new byte[] {1, 2, 3});

    assertThat(cache.key("Thanks for calling.")).isEqualTo("a41e9dacb5cbf210cf8c0e8f1ef9cf0b");
    assertThat(Files.exists(dir.resolve("a41e9dacb5cbf210cf8c0e8f1ef9cf0b.phrase"))).isTrue();
  }
}
