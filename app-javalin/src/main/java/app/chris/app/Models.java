package app.chris.app;

import app.chris.core.offline.OfflineLanguageModel;
import app.chris.core.port.LanguageModel;
import java.util.function.Supplier;

/** The language models this build runs; the embedded default is the offline engine (no network, no key). */
final class Models {
  private Models() {}

  static LanguageModel offline() {
    return new OfflineLanguageModel();
  }

  /** Loads the offline engine on first use and shares it (it is stateless, and loading takes a moment). */
  static Supplier<LanguageModel> sharedOffline() {
    return new Supplier<>() {
      private LanguageModel model;

      @Override
      public synchronized LanguageModel get() {
        if (model == null) {
          model = offline();
        }
        return model;
      }
    };
  }
}
