package app.chris.app.bench;

import app.chris.core.port.LanguageModel;
import app.chris.core.port.ModelReply;
import app.chris.core.port.Prompt;
import app.chris.core.port.TextStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A language model that takes a cloud model's time to its first token before the offline engine answers, once
 * per turn: a follow-up step after a tool ran answers at once, so a turn's overhead minus one first-token delay
 * is Chris's own. Follow-ups are counted, to say how many turns would pay a second round trip.
 */
final class LatentModel implements LanguageModel {
  private final LanguageModel delegate;
  private final Duration firstToken;
  private final AtomicLong followUps = new AtomicLong();

  LatentModel(LanguageModel delegate, Duration firstToken) {
    this.delegate = delegate;
    this.firstToken = firstToken;
  }

  /** Model steps that followed a tool's result (not delayed). */
  long followUps() {
    return followUps.get();
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public ModelReply complete(Prompt prompt, TextStream stream) {
    if (!prompt.toolExchanges().isEmpty()) {
      followUps.incrementAndGet();
      return delegate.complete(prompt, stream);
    }
    try {
      Thread.sleep(firstToken.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return delegate.complete(prompt, stream);
  }
}
