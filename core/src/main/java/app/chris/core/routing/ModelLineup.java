package app.chris.core.routing;

import app.chris.core.port.LanguageModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The models a call may use: a fast default, an optional stronger model for hard turns, and the failover chain
 * tried in order when the chosen model fails (fallback provider, then the offline engine last).
 */
public record ModelLineup(LanguageModel fast, Optional<LanguageModel> strong, List<LanguageModel> fallbacks) {
  public ModelLineup {
    Objects.requireNonNull(fast, "fast");
    Objects.requireNonNull(strong, "strong");
    fallbacks = List.copyOf(fallbacks);
  }

  /** A lineup of one model that is its own last resort (the embedded default). */
  public static ModelLineup only(LanguageModel model) {
    return new ModelLineup(model, Optional.empty(), List.of());
  }
}
