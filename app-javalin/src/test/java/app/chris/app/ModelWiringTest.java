package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.app.config.AppConfig;
import app.chris.core.port.LanguageModel;
import app.chris.core.routing.ModelLineup;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The model lineup follows configuration: names from the environment, the offline engine always last. */
class ModelWiringTest {
  private final LanguageModel offline = new EchoModel();
  private final OkHttpClient http = new OkHttpClient();

  @Test
  void givenNoModelVendor_lineup_isTheOfflineEngineAlone() {
    ModelLineup lineup = ModelWiring.lineup(AppConfig.fromEnv(Map.of()).vendors(), http, offline);

    assertThat(lineup.fast()).isSameAs(offline);
    assertThat(lineup.strong()).isEmpty();
    assertThat(lineup.fallbacks()).isEmpty();
  }

  @Test
  void givenOpenAiAndXai_lineup_isFastStrongThenXaiThenOffline() {
    ModelLineup lineup = ModelWiring.lineup(AppConfig.fromEnv(Map.of(
        "OPENAI_API_KEY", "sk-test", "OPENAI_FAST_MODEL", "fast-one", "OPENAI_STRONG_MODEL", "strong-one",
        "XAI_API_KEY", "xai-test")).vendors(), http, offline);

    assertThat(lineup.fast().name()).isEqualTo("openai:fast-one");
    assertThat(lineup.strong()).get().extracting(LanguageModel::name).isEqualTo("openai:strong-one");
    assertThat(lineup.fallbacks()).extracting(LanguageModel::name).containsExactly("xai:grok-3-mini", offline.name());
  }

  @Test
  void givenOnlyXai_lineup_isXaiThenOffline() {
    ModelLineup lineup = ModelWiring.lineup(AppConfig.fromEnv(Map.of("XAI_API_KEY", "xai-test")).vendors(),
        http, offline);

    assertThat(lineup.fast().name()).startsWith("xai:");
    assertThat(lineup.fallbacks()).containsExactly(offline);
  }
}
