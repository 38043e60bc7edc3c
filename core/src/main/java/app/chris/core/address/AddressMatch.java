package app.chris.core.address;

import java.util.List;
import java.util.Objects;

/** The outcome of matching a caller's words against the portfolio: exact, ranked near misses, or nothing. */
public sealed interface AddressMatch permits AddressMatch.Exact, AddressMatch.Candidates, AddressMatch.NoMatch {

  /** The words name this address exactly (the unit may still be missing when only the building was named). */
  record Exact(ResolvedAddress address) implements AddressMatch {
    public Exact {
      Objects.requireNonNull(address, "address");
    }
  }

  /** No exact match; these are the nearest real addresses, best first. Ask the caller to confirm the first. */
  record Candidates(List<ResolvedAddress> ranked) implements AddressMatch {
    public Candidates {
      ranked = List.copyOf(ranked);
      if (ranked.isEmpty()) {
        throw new IllegalArgumentException("candidates need at least one address");
      }
    }
  }

  /** Nothing in the portfolio is close; {@code normalized} is what was understood, for the staff flag. */
  record NoMatch(String normalized) implements AddressMatch {
    public NoMatch {
      Objects.requireNonNull(normalized, "normalized");
    }
  }
}
