package app.chris.app.bench;

import app.chris.core.port.LanguageModel;
import app.chris.core.port.ModelReply;
import app.chris.core.port.Prompt;
import app.chris.core.port.TextStream;
import app.chris.core.port.TokenUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A language model with a cloud model's time to first token, answered by the offline engine. The engine's own
 * work happens inside that time (its text is held until the first token is due), as a cloud model's does, so
 * what remains of a turn is Chris's. Only the first step of a turn waits: a step after a tool ran answers as fast
 * as the engine can (counted, to say how many turns would pay a second round trip with a cloud model).
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
  public boolean provenHealthy() {
    return delegate.provenHealthy();
  }

  @Override
  public ModelReply complete(Prompt prompt, TextStream stream) {
    if (!prompt.toolExchanges().isEmpty()) {
      followUps.incrementAndGet();
      return delegate.complete(prompt, stream);
    }
    long due = System.nanoTime() + firstToken.toNanos();
    List<String> held = new ArrayList<>();
    ModelReply reply = delegate.complete(prompt, new TextStream() {
      @Override
      public void delta(String text) {
        held.add(text);
      }

      @Override
      public void usage(TokenUsage usage) {
        stream.usage(usage);
      }
    });
    try {
      TimeUnit.NANOSECONDS.sleep(Math.max(0, due - System.nanoTime()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    held.forEach(stream::delta);
    return reply;
  }
}
