package app.chris.core.offline;

import java.util.Objects;

/** One clause of a caller's line: its original words and what the detectors see in it. */
record Clause(String text, Concepts concepts) {
  Clause {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(concepts, "concepts");
  }
}
