package app.chris.core.voice;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import app.chris.core.voice.WarmUpStatus.State;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readies the voice at start-up, in the background: opens its connection, proves it answers (one fixed line is
 * always synthesised live: key, quota, voice and model all work) and fills the phrase cache with the fixed lines,
 * the plan's urgent ones first: once those are cached the voice takes calls ({@link State#WARMING_REST}) while the
 * rest warm. A voice that cannot be reached is tried again later (30 s, doubling to 5 min); a refused key is not.
 * Its {@link #status()} is what {@code /ready} reports. Thread-safe.
 */
public final class VoiceWarmUp implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(VoiceWarmUp.class);
  /** Phrases synthesised at once once calls may run: few enough to leave the plan's concurrency to calls. */
  static final int PARALLEL = 2;
  private static final Duration MAX_RETRY = Duration.ofMinutes(5);

  private final CachingSpeechSynthesizer voice;
  private final WarmUpPlan plan;
  private final Duration firstRetry;
  private final ScheduledExecutorService executor;
  private final ParallelFill phrases;
  private volatile WarmUpStatus status = new WarmUpStatus(State.WARMING, 0, 0, 0, Optional.empty());
  private Duration nextRetry;

  public VoiceWarmUp(CachingSpeechSynthesizer voice, WarmUpPlan plan, Duration firstRetry) {
    this.voice = voice;
    this.plan = plan;
    this.firstRetry = firstRetry;
    this.nextRetry = firstRetry;
    this.executor = Executors.newScheduledThreadPool(Math.max(PARALLEL, plan.urgentParallel()), r -> {
      Thread thread = new Thread(r, "chris-voice-warm-up");
      thread.setDaemon(true);
      return thread;
    });
    this.phrases = new ParallelFill(voice, executor);
  }

  public VoiceWarmUp(CachingSpeechSynthesizer voice, WarmUpPlan plan) {
    this(voice, plan, Duration.ofSeconds(30));
  }

  /** Starts warming in the background and returns at once. */
  public void start() {
    executor.execute(this::attempt);
  }

  public WarmUpStatus status() {
    return status;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  private void attempt() {
    try {
      warm(plan.lines().get());
    } catch (RuntimeException e) {
      // A bug or a directory that cannot list the company yet must not leave the status at "warming" forever.
      failed(new PortException(FailureKind.UNKNOWN, "warm-up broke: " + e, e), List.of());
    }
  }

  private void warm(List<String> all) {
    try {
      voice.prewarm();
    } catch (RuntimeException e) {
      // The probe below reports what is wrong with the connection.
    }
    Set<String> first = plan.urgent().get();
    List<String> urgent = uncached(all, first::contains);
    List<String> rest = uncached(all, line -> !first.contains(line));
    if (status.state() != State.FAILED) {
      status = progress(State.WARMING, all, Optional.empty());
    }
    Optional<PortException> failure = probe(urgent, rest, all).flatMap(phrases::store)
        .or(() -> fill(urgent, plan.urgentParallel(), all, State.WARMING));
    if (failure.isEmpty() && !rest.isEmpty()) {
      status = progress(State.WARMING_REST, all, Optional.empty());
      log.info("Voice takes calls: {}", status.describe());
      failure = fill(rest, PARALLEL, all, State.WARMING_REST);
    }
    if (failure.isPresent()) {
      failed(failure.get(), all);
    } else {
      status = progress(State.READY, all, Optional.empty());
      nextRetry = firstRetry;
      log.info("Voice warmed up: {}", status.describe());
    }
  }

  private List<String> uncached(List<String> all, Predicate<String> which) {
    return new ArrayList<>(all.stream().filter(line -> which.test(line) && !voice.cached(line)).toList());
  }

  /** The line synthesised live to check the voice: the next one to warm, else the shortest (all are cached). */
  private static Optional<String> probe(List<String> urgent, List<String> rest, List<String> all) {
    if (!urgent.isEmpty()) {
      return Optional.of(urgent.remove(0));
    }
    return rest.isEmpty() ? all.stream().min(Comparator.comparing(String::length)) : Optional.of(rest.remove(0));
  }

  /** One phase's fill; the status follows each phrase. */
  private Optional<PortException> fill(List<String> todo, int parallel, List<String> all, State phase) {
    return phrases.fill(todo, parallel, () -> status = progress(phase, all, Optional.empty()));
  }

  private void failed(PortException failure, List<String> all) {
    status = progress(State.FAILED, all, Optional.of(failure.kind()));
    log.warn("Voice warm-up failed: {}: {}", status.describe(), failure.getMessage());
    if (failure.kind().retryable()) {
      try {
        executor.schedule(this::attempt, nextRetry.toMillis(), TimeUnit.MILLISECONDS);
        nextRetry = nextRetry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : nextRetry.multipliedBy(2);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        // Closed: no more attempts.
      }
    }
  }

  private WarmUpStatus progress(State state, List<String> all, Optional<FailureKind> failure) {
    int cached = (int) all.stream().filter(voice::cached).count();
    return new WarmUpStatus(state, cached, all.size(), voice.cache().corrupted(), failure);
  }
}
