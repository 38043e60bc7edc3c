package app.chris.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinsTest {
  @Test
  void givenHashedPin_matches_acceptsOnlyTheSamePin() {
    String stored = Pins.hash("2468");
    assertThat(stored).doesNotContain("2468");
    assertThat(Pins.matches("2468", stored)).isTrue();
    assertThat(Pins.matches("2469", stored)).isFalse();
  }

  @Test
  void givenSamePinTwice_hash_usesDifferentSalts() {
    assertThat(Pins.hash("2468")).isNotEqualTo(Pins.hash("2468"));
  }

  @Test
  void givenMalformedHash_matches_isFalseNotAnError() {
    assertThat(Pins.matches("2468", "plain-2468")).isFalse();
    assertThat(Pins.matches("2468", "pbkdf2$x$y$z")).isFalse();
  }
}
