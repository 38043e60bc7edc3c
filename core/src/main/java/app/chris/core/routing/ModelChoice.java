package app.chris.core.routing;

import app.chris.core.port.LanguageModel;
import java.util.Objects;

/** The model picked for a turn and why (recorded as {@code CallEvent.ModelUsed}). */
public record ModelChoice(LanguageModel model, String reason) {
  public ModelChoice {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(reason, "reason");
  }
}
