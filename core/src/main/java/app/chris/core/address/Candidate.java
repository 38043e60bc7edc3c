package app.chris.core.address;

import java.util.Objects;

/**
 * A place the words may mean; lower {@code score} is closer, {@code exact} when nothing had to be guessed, and
 * {@code heardAt} the token where it was said (later wins a tie: "12 Oak St, I mean 21 Oak St").
 */
record Candidate(Place place, double score, boolean exact, int heardAt) {
  Candidate {
    Objects.requireNonNull(place, "place");
  }

  Candidate merge(Candidate other) {
    return new Candidate(
        place, Math.min(score, other.score), exact || other.exact, Math.max(heardAt, other.heardAt));
  }
}
