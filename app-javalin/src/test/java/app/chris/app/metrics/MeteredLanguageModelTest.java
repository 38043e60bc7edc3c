package app.chris.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.routing.ModelLineup;
import app.chris.testkit.ScriptedLanguageModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeteredLanguageModelTest {
  @Test
  void givenAMeteredLineup_whenAProviderProvesHealthy_thenTheRouterSeesItThroughTheMeter() {
    ScriptedLanguageModel fast = new ScriptedLanguageModel("openai:fast");
    ModelLineup metered = new ChrisMetrics().meter(new ModelLineup(fast, Optional.empty(), List.of()));

    assertThat(metered.fast().provenHealthy()).isFalse();
    fast.provenHealthy(true);
    assertThat(metered.fast().provenHealthy()).as("a gather-flow turn may use it again").isTrue();
  }
}
