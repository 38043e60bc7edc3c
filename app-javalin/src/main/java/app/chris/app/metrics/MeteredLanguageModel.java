package app.chris.app.metrics;

import app.chris.core.port.LanguageModel;
import app.chris.core.port.ModelReply;
import app.chris.core.port.PortException;
import app.chris.core.port.Prompt;
import app.chris.core.port.TextStream;
import java.util.concurrent.atomic.AtomicLong;

/** Times each completion to its first token and counts its failures under the model's vendor. */
final class MeteredLanguageModel implements LanguageModel {
  private final LanguageModel model;
  private final ChrisMetrics metrics;
  private final String vendor;

  MeteredLanguageModel(LanguageModel model, ChrisMetrics metrics) {
    this.model = model;
    this.metrics = metrics;
    // Names are "vendor:model" (openai:gpt-4.1-mini, xai:grok-3-mini) or one word (offline).
    this.vendor = model.name().contains(":") ? model.name().substring(0, model.name().indexOf(':')) : model.name();
  }

  @Override
  public String name() {
    return model.name();
  }

  @Override
  public boolean provenHealthy() {
    return model.provenHealthy();
  }

  @Override
  public ModelReply complete(Prompt prompt, TextStream stream) {
    long start = System.nanoTime();
    AtomicLong first = new AtomicLong();
    try {
      ModelReply reply = model.complete(prompt, delta -> {
        first.compareAndSet(0, System.nanoTime());
        stream.delta(delta);
      });
      long at = first.get() == 0 ? System.nanoTime() : first.get();
      metrics.firstToken.observe((at - start) / 1e9, model.name());
      return reply;
    } catch (PortException e) {
      metrics.vendorError(vendor, e.kind());
      throw e;
    }
  }
}
