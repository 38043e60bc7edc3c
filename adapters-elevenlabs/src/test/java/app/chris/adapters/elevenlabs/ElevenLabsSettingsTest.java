package app.chris.adapters.elevenlabs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ElevenLabsSettingsTest {
  private final ElevenLabsSettings settings = ElevenLabsSettings.of(URI.create("https://api.elevenlabs.io"), "key",
      "voice");

  @Test
  void givenFlashOrTurbo_leastPlanConcurrency_isTheFreePlansFour() {
    assertThat(settings.leastPlanConcurrency()).isEqualTo(4);
    assertThat(settings.withModel("eleven_turbo_v2_5").leastPlanConcurrency()).isEqualTo(4);
  }

  @Test
  void givenMultilingual_leastPlanConcurrency_isTheFreePlansTwo() {
    assertThat(settings.withModel("eleven_multilingual_v2").leastPlanConcurrency()).isEqualTo(2);
  }
}
