package app.chris.core.address;

import static app.chris.core.address.Matches.candidates;
import static app.chris.core.address.Matches.exact;
import static app.chris.core.address.Matches.unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressBookTest {
  private final AddressBook book = DemoPortfolio.book();

  @ParameterizedTest
  @ValueSource(strings = {
      "120 Maple Court, unit 1B", "120 Maple Ct #1B", "one twenty maple court apartment one b",
      "one two zero Maple Ct. 1-B", "I live at 120 maple crt unit 1 b", "it's one hundred twenty Maple Court, suite 1B",
      "120 MAPLE COURT APT 1B", "unit 1B, 120 Maple Court", "120 Maple, number 1B"})
  void givenOwnAddressInAnyWording_match_isExactToUnit1B(String said) {
    ResolvedAddress address = exact(book.match(said));
    assertThat(address.unitId()).contains("U102");
    assertThat(address.spoken()).isEqualTo("120 Maple Court, unit 1B");
  }

  @Test
  void givenTwelveHundredAndUnitLetter_match_isExactToTheTownhome() {
    ResolvedAddress address = exact(book.match("twelve hundred maple court, unit a"));
    assertThat(address.unitId()).contains("U210");
    assertThat(address.spoken()).isEqualTo("1200 Maple Court, unit A");
  }

  @Test
  void givenTownhomeLetter_match_isExactToTheTownhome() {
    assertThat(exact(book.match("Hi, it's Dan at 1200 Maple Court, townhome B")).unitId()).contains("U211");
  }

  @Test
  void givenBuildingWithoutUnit_match_isExactWithNoUnit() {
    ResolvedAddress address = exact(book.match("I'm at 120 Maple Ct"));
    assertThat(address.propertyId()).isEqualTo("P100");
    assertThat(address.unitId()).isEmpty();
  }

  @Test
  void givenUnknownUnitInKnownBuilding_match_isExactWithNoUnit() {
    assertThat(exact(book.match("120 Maple Court unit 9Z")).unitId()).isEmpty();
  }

  @Test
  void givenNearMissNumberInASentence_match_proposes120NotTwelveHundred() {
    List<ResolvedAddress> ranked = candidates(book.match(
        "Hi, this is Ben Cho. I'm at 122 Maple Court, unit 1B, and the heater isn't working."));
    assertThat(ranked.get(0).spoken()).isEqualTo("120 Maple Court, unit 1B");
    assertThat(ranked).extracting(ResolvedAddress::propertyId).doesNotContain("P200");
  }

  @Test
  void given1210_match_proposes1200First() {
    assertThat(candidates(book.match("1210 Maple Ct")).get(0).propertyId()).isEqualTo("P200");
  }

  @Test
  void givenHouseNumbers_match_resolvesTheHouseByItsOwnStreet() {
    ResolvedAddress address = exact(book.match("It's 21 Oak Street. I'm outside now."));
    assertThat(address.unitId()).contains("U302");
    assertThat(address.spoken()).isEqualTo("21 Oak Street");
    assertThat(unit(exact(book.match("a hundred and twelve oak st")))).isEqualTo("U303");
    assertThat(unit(exact(book.match("twelve Oak St")))).isEqualTo("U301");
  }

  @Test
  void givenPropertyStreetWithoutNumber_match_isThePropertyOnly() {
    ResolvedAddress address = exact(book.match("I live on Oak Street"));
    assertThat(address.propertyId()).isEqualTo("P300");
    assertThat(address.unitId()).isEmpty();
  }

  @Test
  void givenHouseNumberSlip_match_proposesTheNearestHouse() {
    assertThat(unit(candidates(book.match("122 Oak St")).get(0))).isEqualTo("U303");
  }

  @Test
  void givenPropertyNameAndUnit_match_isExactWithoutStreetNumber() {
    ResolvedAddress address = exact(book.match("How much do I owe on unit 1B at Maple Court?"));
    assertThat(address.propertyId()).isEqualTo("P100");
    assertThat(address.unitId()).contains("U102");
    assertThat(exact(book.match("Maple Court Apartments, apartment 2A")).unitId()).contains("U201");
    assertThat(exact(book.match("oak street homes")).propertyId()).isEqualTo("P300");
  }

  @ParameterizedTest
  @ValueSource(strings = {"120 Mapel Court unit 1B", "120 Maple Street unit 1B", "120 Mapel unit 1B"})
  void givenMisheardStreet_match_proposesTheRealStreet(String said) {
    assertThat(candidates(book.match(said)).get(0).spoken()).isEqualTo("120 Maple Court, unit 1B");
  }

  @Test
  void givenOnlyAUnitThatOneBuildingHas_match_proposesThatBuilding() {
    ResolvedAddress address = candidates(book.match("I'm in apartment 2B")).get(0);
    assertThat(address.propertyId()).isEqualTo("P100");
    assertThat(address.unitId()).contains("U202");
  }

  @ParameterizedTest
  @ValueSource(strings = {"I smell gas in my hallway, it's really strong!", "my number is 630 555 0150",
      "Do you have any two bedroom apartments available?", "How much is the rent on that one?",
      "999 Elm Street", "Admin PIN 2468.", ""})
  void givenNothingAddressLike_match_isNoMatch(String said) {
    assertThat(book.match(said)).isInstanceOf(AddressMatch.NoMatch.class);
  }

  @Test
  void givenDigitsWrittenApart_match_readsThemAsOneNumber() {
    assertThat(exact(book.match("im at 1 2 0 maple court")).propertyId()).isEqualTo("P100");
  }

  @Test
  void givenCallerCorrectsThemselvesInOneBreath_match_ranksTheLaterAddressFirst() {
    List<ResolvedAddress> ranked = candidates(book.match("12 Oak Street, I mean 21 Oak Street"));
    assertThat(ranked).extracting(Matches::unit).containsExactly("U302", "U301");
  }

  @Test
  void givenNoMatch_match_reportsWhatWasUnderstood() {
    assertThat(book.match("Um, 45 Birch Avenue"))
        .isEqualTo(new AddressMatch.NoMatch("45 birch ave"));
  }

  @Test
  void givenNumberCorrection_matchWithPrevious_mergesIntoTheEarlierAddress() {
    Optional<String> before = Optional.of("I'm at 122 Maple Court, unit 1B, and the heater isn't working.");
    ResolvedAddress address = exact(book.match("Oh yes, sorry, 120.", before));
    assertThat(address.spoken()).isEqualTo("120 Maple Court, unit 1B");
  }

  @Test
  void givenUnitCorrection_matchWithPrevious_keepsTheStreetAndChangesTheUnit() {
    ResolvedAddress address = exact(book.match("no, two b", Optional.of("120 Maple Court, unit 1B")));
    assertThat(address.unitId()).contains("U202");
  }

  @Test
  void givenFullAddressInCorrection_matchWithPrevious_usesTheNewAddress() {
    ResolvedAddress address = exact(book.match("actually 21 Oak St", Optional.of("120 Maple Court, unit 1B")));
    assertThat(address.unitId()).contains("U302");
  }
}
