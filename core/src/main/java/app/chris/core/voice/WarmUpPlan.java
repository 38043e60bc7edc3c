package app.chris.core.voice;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a {@link VoiceWarmUp} synthesises: {@code lines}, of which the {@code urgent} ones are cached before the
 * voice takes calls, {@code urgentParallel} at once (nothing else uses the voice yet); the rest follow in the
 * background, {@link VoiceWarmUp#PARALLEL} at once so calls keep their share of the plan's concurrency. Both are
 * read at each attempt, so a retry uses the company's current lines and time of day.
 */
public record WarmUpPlan(Supplier<List<String>> lines, Supplier<Set<String>> urgent, int urgentParallel) {
  public WarmUpPlan {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(urgent, "urgent");
    if (urgentParallel < 1) {
      throw new IllegalArgumentException("urgentParallel must be at least 1: " + urgentParallel);
    }
  }

  /** Every line must be cached before the voice takes calls, {@link VoiceWarmUp#PARALLEL} at once. */
  public static WarmUpPlan everyLine(Supplier<List<String>> lines) {
    return new WarmUpPlan(lines, () -> Set.copyOf(lines.get()), VoiceWarmUp.PARALLEL);
  }

  /** The company's fixed lines, this time of day's greetings and the apologies first. */
  public static WarmUpPlan fixedLines(FixedLineBook book, int urgentParallel) {
    return new WarmUpPlan(book, book::urgentNow, urgentParallel);
  }
}
