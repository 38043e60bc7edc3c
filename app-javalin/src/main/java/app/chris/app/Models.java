package app.chris.app;

import app.chris.core.port.LanguageModel;

/** The language models this build can run; the embedded default is the offline engine. */
final class Models {
  private Models() {}

  static LanguageModel offline() {
    throw new StartupException("the offline engine is not part of this build yet", null);
  }
}
