package app.chris.core.address;

import static app.chris.core.address.Matches.candidates;
import static app.chris.core.address.Matches.exact;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Caller lines from /work/shared/scenarios/*.json (copied: tests must not read outside the repo). */
class ScenarioUtterancesTest {
  private final AddressBook book = DemoPortfolio.book();

  @Test
  void addressNearMiss_firstLine_proposes120MapleUnit1BAndNever1200() {
    AddressMatch match = book.match(
        "Hi, this is Ben Cho. I'm at 122 Maple Court, unit 1B, and the heater isn't working.");
    assertThat(candidates(match).get(0).unitId()).contains("U102");
    assertThat(candidates(match)).allSatisfy(a -> assertThat(a.spoken()).doesNotContain("1200"));
  }

  @Test
  void addressNearMiss_correction_confirms120MapleUnit1B() {
    AddressMatch match = book.match("Oh yes, sorry, 120.", Optional.of(
        "Hi, this is Ben Cho. I'm at 122 Maple Court, unit 1B, and the heater isn't working."));
    assertThat(exact(match).unitId()).contains("U102");
  }

  @Test
  void routineLeak_callerGivesBuildingAndApartment_isExactUnit1A() {
    AddressMatch match = book.match(
        "Hi, this is Ana Ruiz at 120 Maple Court, apartment 1A. My kitchen faucet keeps dripping.");
    assertThat(exact(match).unitId()).contains("U101");
  }

  @Test
  void balanceVerifiedTenant_unitBeforeStreet_isExactUnit1B() {
    AddressMatch match = book.match("Hi, it's Ben Cho in unit 1B at 120 Maple Court. What's my current balance?");
    assertThat(exact(match).unitId()).contains("U102");
  }

  @Test
  void balanceNeedsVerification_unitAtPropertyName_isExactUnit1B() {
    assertThat(exact(book.match("How much do I owe on unit 1B at Maple Court?")).unitId()).contains("U102");
  }

  @Test
  void gasSmell_houseAddress_isExactHouse21() {
    assertThat(exact(book.match("It's 21 Oak Street. I'm outside now.")).unitId()).contains("U302");
  }

  @Test
  void adminTeachesFact_propertyNameInAFact_isMapleCourtApartments() {
    AddressMatch match = book.match(
        "Please learn this: the fitness room at Maple Court is closed for repairs until December 15th.");
    assertThat(exact(match).propertyId()).isEqualTo("P100");
  }

  @ParameterizedTest
  @ValueSource(strings = {"I smell gas in my hallway, it's really strong!", "My name is Hana Ito.",
      "Hi! Do you have any two bedroom apartments available?", "How much is the rent on that one?",
      "Great, I'd like to schedule a tour. My name is Sam Lee, my number is 630 555 0150.",
      "Hi Chris, this is Pat. Admin PIN 2468.", "Yes, that's right.", "Sure, you can enter.",
      "That's all, thanks.", "Hi, is the fitness room open today?", "Just tell me the balance please."})
  void linesWithoutAnAddress_areNoMatch(String said) {
    assertThat(book.match(said)).isInstanceOf(AddressMatch.NoMatch.class);
  }
}
