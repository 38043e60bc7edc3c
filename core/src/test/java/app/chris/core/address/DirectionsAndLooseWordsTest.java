package app.chris.core.address;

import static app.chris.core.address.Matches.candidates;
import static app.chris.core.address.Matches.exact;
import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.Property;
import app.chris.core.port.StreetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectionsAndLooseWordsTest {
  private final AddressBook book = AddressBook.of(List.of(
      building("P1", "120 N Main St"), building("P2", "500 Fifth Avenue"), building("P3", "12 Oak St")));

  @Test
  void givenDirectionLeftOut_match_isExact() {
    assertThat(exact(book.match("I'm at 120 Main Street")).propertyId()).isEqualTo("P1");
    assertThat(exact(book.match("one twenty north main street")).spoken()).isEqualTo("120 North Main Street");
  }

  @Test
  void givenTheOtherDirection_match_onlyProposes() {
    assertThat(candidates(book.match("120 South Main St")).get(0).propertyId()).isEqualTo("P1");
  }

  @Test
  void givenOrdinalStreetInWords_match_isExact() {
    assertThat(exact(book.match("five hundred fifth ave")).propertyId()).isEqualTo("P2");
  }

  @Test
  void givenStreetWordWithoutSuffixAndAFarNumber_match_isNoMatch() {
    assertThat(book.match("I have 2 oak trees in the yard")).isInstanceOf(AddressMatch.NoMatch.class);
  }

  private static Property building(String id, String street) {
    return new Property(id, "Building " + id, new StreetAddress(street, "Town", "IL", "60000"), List.of(),
        List.of(), List.of());
  }
}
