package app.chris.app;

import app.chris.adapters.openai.OpenAiChatModel;
import app.chris.adapters.openai.OpenAiResilience;
import app.chris.adapters.openai.OpenAiSettings;
import app.chris.app.config.Vendors;
import app.chris.core.port.LanguageModel;
import app.chris.core.routing.ModelLineup;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Turns the configured model vendors into the core's lineup: OpenAI's fast model by default and its strong model
 * for hard turns, then xAI Grok as the fallback provider, then the offline engine last. With no vendor the
 * offline engine is the whole lineup (the embedded default). Model names come from configuration only.
 */
final class ModelWiring {
  private ModelWiring() {}

  static ModelLineup lineup(Vendors vendors, OkHttpClient http, LanguageModel offline) {
    return lineup(vendors, http, offline, Clock.systemUTC());
  }

  /** The providers' circuit breakers tell time by {@code clock} (the application's, so tests can move it). */
  static ModelLineup lineup(Vendors vendors, OkHttpClient http, LanguageModel offline, Clock clock) {
    Optional<LanguageModel> xai = vendors.xai().map(x -> new OpenAiChatModel("xai",
        OpenAiSettings.forVoice(x.baseUrl(), x.apiKey(), x.model()), http, OpenAiResilience.defaults(), clock));
    if (vendors.openAi().isPresent()) {
      app.chris.app.config.OpenAiSettings o = vendors.openAi().get();
      LanguageModel fast = new OpenAiChatModel("openai",
          OpenAiSettings.forVoice(o.baseUrl(), o.apiKey(), o.fastModel()), http, OpenAiResilience.defaults(), clock);
      LanguageModel strong = new OpenAiChatModel("openai",
          OpenAiSettings.forVoice(o.baseUrl(), o.apiKey(), o.strongModel()), http, OpenAiResilience.defaults(), clock);
      return new ModelLineup(fast, Optional.of(strong), fallbacks(xai, offline));
    }
    if (xai.isPresent()) {
      return new ModelLineup(xai.get(), Optional.empty(), List.of(offline));
    }
    return ModelLineup.only(offline);
  }

  private static List<LanguageModel> fallbacks(Optional<LanguageModel> xai, LanguageModel offline) {
    List<LanguageModel> chain = new ArrayList<>();
    xai.ifPresent(chain::add);
    chain.add(offline);
    return chain;
  }
}
