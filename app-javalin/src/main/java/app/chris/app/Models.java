package app.chris.app;

import app.chris.core.offline.OfflineLanguageModel;
import app.chris.core.port.LanguageModel;

/** The language models this build runs; the embedded default is the offline engine (no network, no key). */
final class Models {
  private Models() {}

  static LanguageModel offline() {
    return new OfflineLanguageModel();
  }
}
