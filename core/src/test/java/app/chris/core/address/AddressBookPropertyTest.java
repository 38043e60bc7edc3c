package app.chris.core.address;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class AddressBookPropertyTest {

  @Property(tries = 8)
  void everyUnitsOwnAddress_inTwentyWordings_isExactToThatUnit(@ForAll long seed) {
    GeneratedPortfolio portfolio = new GeneratedPortfolio(seed, 50);
    AddressBook book = AddressBook.of(portfolio.properties);
    List<String> wrong = new ArrayList<>();
    for (GeneratedPortfolio.Address address : portfolio.addresses) {
      for (String template : Utterances.TEMPLATES) {
        String said = Utterances.say(template, address);
        AddressMatch match = book.match(said);
        boolean right = match instanceof AddressMatch.Exact
            && ((AddressMatch.Exact) match).address().unitId().filter(address.unit().id()::equals).isPresent();
        if (!right) {
          wrong.add(said + " -> " + match);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Property(tries = 150)
  void aOneDigitSlip_proposesTheRightNeighbourFirst(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 10_000) int pick,
      @ForAll @IntRange(min = 1, max = 2) int fromEnd, @ForAll @IntRange(min = 0, max = 9) int digit) {
    GeneratedPortfolio portfolio = new GeneratedPortfolio(seed, 50);
    GeneratedPortfolio.Address address = portfolio.addresses.get(pick % portfolio.addresses.size());
    String real = Integer.toString(address.number());
    Assume.that(address.number() >= 100);
    char[] slipped = real.toCharArray();
    slipped[real.length() - fromEnd] = (char) ('0' + digit);
    int heard = Integer.parseInt(new String(slipped));
    java.util.Set<Integer> onStreet = portfolio.numbersByStreet.get(address.core() + " " + address.suffix());
    Assume.that(!onStreet.contains(heard));
    // only when the real number is the one neighbour closest in both digits and value
    Assume.that(onStreet.stream().filter(m -> m != address.number()).noneMatch(m ->
        FuzzyWords.distance(Integer.toString(heard), Integer.toString(m)) <= 1
            && Math.abs(heard - m) <= Math.abs(heard - address.number())));

    AddressBook book = AddressBook.of(portfolio.properties);
    String said = heard + " " + address.core() + " " + address.suffix()
        + (address.house() ? "" : ", unit " + address.unit().name());
    AddressMatch match = book.match(said);

    assertThat(match).isInstanceOf(AddressMatch.Candidates.class);
    ResolvedAddress first = ((AddressMatch.Candidates) match).ranked().get(0);
    assertThat(first.unitId()).contains(address.unit().id());
  }

  @Property(tries = 150)
  void aStreetHeardExactly_neverYieldsAnAddressOnAnotherStreet(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 10_000) int pick,
      @ForAll @IntRange(min = 1, max = 9999) int number, @ForAll boolean spelled) {
    GeneratedPortfolio portfolio = new GeneratedPortfolio(seed, 50);
    GeneratedPortfolio.Address address = portfolio.addresses.get(pick % portfolio.addresses.size());
    String street = address.core() + " " + address.suffix();
    String suffix = spelled ? StreetWords.SUFFIX_SPOKEN.get(address.suffix().toLowerCase()) : address.suffix();

    AddressMatch match = AddressBook.of(portfolio.properties).match(number + " " + address.core() + " " + suffix);

    assertThat(addresses(match)).allSatisfy(a -> assertThat(streetOf(a, portfolio)).isEqualTo(street));
  }

  private static List<ResolvedAddress> addresses(AddressMatch match) {
    if (match instanceof AddressMatch.Exact) {
      return List.of(((AddressMatch.Exact) match).address());
    }
    if (match instanceof AddressMatch.Candidates) {
      return ((AddressMatch.Candidates) match).ranked();
    }
    return List.of();
  }

  private static String streetOf(ResolvedAddress address, GeneratedPortfolio portfolio) {
    Map<String, app.chris.core.port.Property> byId = portfolio.properties.stream()
        .collect(Collectors.toMap(app.chris.core.port.Property::id, p -> p));
    app.chris.core.port.Property property = byId.get(address.propertyId());
    String written = address.unitId().flatMap(property::unit).flatMap(Unit::street)
        .orElse(property.address().street());
    return written.replaceFirst("^\\d+ ", "");
  }
}
