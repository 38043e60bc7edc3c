package app.chris.core.routing;

import app.chris.core.call.CallEvent;
import app.chris.core.port.FailureKind;
import app.chris.core.port.LanguageModel;
import app.chris.core.port.ModelReply;
import app.chris.core.port.PortException;
import app.chris.core.port.Prompt;
import app.chris.core.port.TextStream;
import app.chris.core.port.TokenUsage;
import app.chris.core.speech.Patience;
import app.chris.core.speech.Speech;
import app.chris.core.speech.StreamedReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Picks the model for each turn (fast by default, strong for hard turns) and runs it with a hold phrase when it
 * is slow and failover along the lineup when it fails or times out. The call never drops: when every model
 * fails the result is empty and the session takes a message. The remote models of one turn share a failover
 * budget for their first word; once it is spent the last resort (the offline engine) answers at once. A model
 * that has started speaking may finish within its own timeout. A router for a call whose models are known to be
 * unreachable ({@link #provenOnly}) skips every remote model that has not proved healthy since, straight to the
 * last resort. Thread-safe; models run on the shared executor.
 */
public final class ModelRouter {
  private final ModelLineup lineup;
  private final Duration holdAfter;
  private final Duration timeout;
  private final Duration budget;
  private final ExecutorService executor;
  private final boolean provenOnly;

  /** Without a separate failover budget: each model may take up to {@code timeout}. */
  public ModelRouter(ModelLineup lineup, Duration holdAfter, Duration timeout, ExecutorService executor) {
    this(lineup, holdAfter, timeout, timeout, executor);
  }

  public ModelRouter(
      ModelLineup lineup, Duration holdAfter, Duration timeout, Duration budget, ExecutorService executor) {
    this(lineup, holdAfter, timeout, budget, executor, false);
  }

  private ModelRouter(ModelLineup lineup, Duration holdAfter, Duration timeout, Duration budget,
      ExecutorService executor, boolean provenOnly) {
    this.lineup = lineup;
    this.holdAfter = holdAfter;
    this.timeout = timeout;
    this.budget = budget;
    this.executor = executor;
    this.provenOnly = provenOnly;
  }

  /**
   * This router for a call whose models were found unreachable (e.g. its realtime session could not open): each
   * turn skips the remote models whose circuit breakers have not seen a success since
   * ({@link LanguageModel#provenHealthy}) and goes straight to the last resort, instead of paying their timeouts.
   */
  public ModelRouter provenOnly() {
    return new ModelRouter(lineup, holdAfter, timeout, budget, executor, true);
  }

  public ModelChoice choose(String utterance, boolean verificationFailed) {
    Optional<String> hard = TurnComplexity.reason(utterance, verificationFailed);
    if (hard.isPresent() && lineup.strong().isPresent()) {
      return new ModelChoice(lineup.strong().get(), "strong: " + hard.get());
    }
    return new ModelChoice(lineup.fast(), "fast: default");
  }

  /** Runs one prompt, speaking streamed text through {@code speech}; empty when every model failed. */
  public Optional<ModelReply> complete(ModelChoice choice, Prompt prompt, Speech speech,
      Consumer<CallEvent> events) {
    return complete(choice, prompt, speech, events, OptionalLong.empty());
  }

  /**
   * As above; {@code speechStoppedNanos} ({@code System.nanoTime} when the caller stopped talking) adds the
   * speech-stopped to first-token time to the {@link CallEvent.ModelUsed} metrics.
   */
  public Optional<ModelReply> complete(ModelChoice choice, Prompt prompt, Speech speech,
      Consumer<CallEvent> events, OptionalLong speechStoppedNanos) {
    return route(choice, prompt, speech, events, speechStoppedNanos).map(RoutedReply::reply);
  }

  /** As {@link #complete}, saying which model answered (the one to keep for the rest of the turn). */
  public Optional<RoutedReply> route(ModelChoice choice, Prompt prompt, Speech speech,
      Consumer<CallEvent> events, OptionalLong speechStoppedNanos) {
    String reason = choice.reason();
    long deadline = System.nanoTime() + budget.toNanos();
    List<LanguageModel> chain = chain(choice.model());
    for (int i = 0; i < chain.size(); i++) {
      LanguageModel model = chain.get(i);
      boolean last = i == chain.size() - 1;
      long left = deadline - System.nanoTime();
      if (!last && provenOnly && !model.provenHealthy()) {
        reason = "models unreachable on this call: skipped " + model.name();
        continue;
      }
      if (!last && left <= 0) {
        reason = "failover budget spent before " + model.name();
        continue;
      }
      Duration firstWord = last ? timeout : Duration.ofNanos(Math.min(timeout.toNanos(), left));
      try {
        ModelReply reply = attempt(model, reason, prompt, speech, events, speechStoppedNanos, firstWord);
        return Optional.of(new RoutedReply(model == choice.model() ? choice : new ModelChoice(model, reason), reply));
      } catch (PortException e) {
        reason = "failover after " + e.kind().name().toLowerCase() + " from " + model.name();
      } catch (TimeoutException e) {
        reason = "failover after timeout from " + model.name();
      }
    }
    return Optional.empty();
  }

  private ModelReply attempt(LanguageModel model, String reason, Prompt prompt, Speech speech,
      Consumer<CallEvent> events, OptionalLong speechStoppedNanos, Duration firstWord) throws TimeoutException {
    AtomicBoolean live = new AtomicBoolean(true);
    StreamedReply stream = speech.stream(live);
    long start = System.nanoTime();
    AtomicLong firstToken = new AtomicLong(-1);
    AtomicReference<Optional<TokenUsage>> tokens = new AtomicReference<>(Optional.empty());
    Future<ModelReply> work = executor.submit(() -> model.complete(prompt, new TextStream() {
      @Override
      public void delta(String text) {
        firstToken.compareAndSet(-1, System.nanoTime());
        stream.delta(text);
      }

      @Override
      public void usage(TokenUsage usage) {
        tokens.set(Optional.of(usage));
      }
    }));
    try {
      ModelReply reply = Patience.await(work, holdAfter, firstWord, () -> {
        if (!stream.hasStreamed()) {
          speech.hold();
        }
      }, () -> firstToken.get() >= 0, timeout);
      long first = firstToken.get() < 0 ? System.nanoTime() : firstToken.get();
      OptionalLong afterSpeech = speechStoppedNanos.isPresent()
          ? OptionalLong.of(Math.max(0, first - speechStoppedNanos.getAsLong()) / 1_000_000) : OptionalLong.empty();
      events.accept(new CallEvent.ModelUsed(model.name(), reason, (first - start) / 1_000_000, afterSpeech,
          tokens.get()));
      stream.finish(reply.text());
      return reply;
    } catch (ExecutionException e) {
      live.set(false);
      throw e.getCause() instanceof PortException p ? p
          : new PortException(FailureKind.UNKNOWN, model.name() + " failed", e.getCause());
    } catch (InterruptedException e) {
      live.set(false);
      Thread.currentThread().interrupt();
      throw new PortException(FailureKind.UNKNOWN, "interrupted while waiting for " + model.name(), e);
    } catch (TimeoutException e) {
      live.set(false);
      throw e;
    }
  }

  private List<LanguageModel> chain(LanguageModel first) {
    List<LanguageModel> chain = new ArrayList<>();
    chain.add(first);
    if (first != lineup.fast()) {
      chain.add(lineup.fast());
    }
    lineup.fallbacks().stream().filter(m -> !chain.contains(m)).forEach(chain::add);
    return chain;
  }
}
