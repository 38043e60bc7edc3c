package app.chris.adapters.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OpenAiSettingsTest {

  @Test
  void givenSettings_toString_hidesTheKey() {
    OpenAiSettings settings = OpenAiSettings.forVoice(URI.create("https://api.openai.com/v1"), "sk-secret", "gpt-4.1-mini");

    assertThat(settings.toString()).doesNotContain("sk-secret").contains("gpt-4.1-mini", "api.openai.com");
  }

  @Test
  void givenBaseUrlWithOrWithoutSlash_chatCompletionsUrl_appendsThePath() {
    OpenAiSettings plain = OpenAiSettings.forVoice(URI.create("https://api.x.ai/v1"), "k", "grok-4-fast");
    OpenAiSettings slashed = OpenAiSettings.forVoice(URI.create("https://api.x.ai/v1/"), "k", "grok-4-fast");

    assertThat(plain.chatCompletionsUrl()).isEqualTo(URI.create("https://api.x.ai/v1/chat/completions"));
    assertThat(slashed.chatCompletionsUrl()).isEqualTo(plain.chatCompletionsUrl());
  }

  @Test
  void givenBlankKeyOrZeroDeadline_construct_isRejected() {
    URI url = URI.create("https://api.openai.com/v1");
    assertThatThrownBy(() -> OpenAiSettings.forVoice(url, " ", "m")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OpenAiSettings(url, "k", "m", Duration.ofSeconds(1), Duration.ofSeconds(1),
        Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
