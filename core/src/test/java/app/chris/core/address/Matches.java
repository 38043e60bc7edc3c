package app.chris.core.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Assertion helpers that read like the outcome a caller hears. */
final class Matches {
  private Matches() {}

  static ResolvedAddress exact(AddressMatch match) {
    assertThat(match).isInstanceOf(AddressMatch.Exact.class);
    return ((AddressMatch.Exact) match).address();
  }

  static List<ResolvedAddress> candidates(AddressMatch match) {
    assertThat(match).isInstanceOf(AddressMatch.Candidates.class);
    return ((AddressMatch.Candidates) match).ranked();
  }

  static String unit(ResolvedAddress address) {
    return address.unitId().orElse("-");
  }
}
