package app.chris.core.dialogue;

import java.util.Objects;
import java.util.Optional;

/** A caller-independent answer found in the portfolio or knowledge base; empty text when nothing fits. */
record Answer(Optional<String> text, String source) {
  Answer {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
  }
}
