package app.chris.core.speech;

import java.util.Optional;

/** Checks or rewrites one outgoing sentence before the caller hears it (e.g. the disclosure guard). */
@FunctionalInterface
public interface SentenceFilter {
  SentenceFilter NONE = Optional::of;

  /** The sentence to say instead; empty to drop it. */
  Optional<String> apply(String sentence);
}
