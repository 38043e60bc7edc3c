package app.chris.core.offline;

import java.util.Objects;

/** A lexicon concept found in a token list at [start, end); {@code negated} when "not/no/never" governs it. */
record Mention(String concept, int start, int end, boolean negated) {
  Mention {
    Objects.requireNonNull(concept, "concept");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** The feature name used for nearest-neighbour matching. */
  String feature() {
    return (negated ? "@!" : "@") + concept;
  }
}
