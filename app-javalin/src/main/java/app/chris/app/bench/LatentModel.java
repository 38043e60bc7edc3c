package app.chris.app.bench;

import app.chris.core.port.LanguageModel;
import app.chris.core.port.ModelReply;
import app.chris.core.port.Prompt;
import app.chris.core.port.TextStream;
import java.time.Duration;

/** A language model that takes a cloud model's time to its first token before the offline engine answers. */
final class LatentModel implements LanguageModel {
  private final LanguageModel delegate;
  private final Duration firstToken;

  LatentModel(LanguageModel delegate, Duration firstToken) {
    this.delegate = delegate;
    this.firstToken = firstToken;
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public ModelReply complete(Prompt prompt, TextStream stream) {
    try {
      Thread.sleep(firstToken.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return delegate.complete(prompt, stream);
  }
}
