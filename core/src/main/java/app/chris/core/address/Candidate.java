package app.chris.core.address;

import java.util.Objects;

/** A place the words may mean; lower {@code score} is closer. {@code exact} when nothing had to be guessed. */
record Candidate(Place place, double score, boolean exact) {
  Candidate {
    Objects.requireNonNull(place, "place");
  }

  Candidate merge(Candidate other) {
    return new Candidate(place, Math.min(score, other.score), exact || other.exact);
  }
}
