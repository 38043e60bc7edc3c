package app.chris.core.voice;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class SpokenTextPropertiesTest {
  @Property(tries = 300)
  void any_dollar_amount_is_spoken_without_digits(
      @ForAll @LongRange(min = 0, max = 999_999_999) long dollars, @ForAll @IntRange(min = 0, max = 99) int cents) {
    String written = String.format("You owe $%,d.%02d today.", dollars, cents);

    String spoken = SpokenText.normalize(written);

    assertThat(spoken).doesNotContainPattern("\\d").startsWith("You owe ").endsWith(" today.");
    assertThat(spoken).containsAnyOf("dollar", "cent");
  }

  @Property(tries = 300)
  void any_us_phone_number_is_spoken_as_ten_digit_words(@ForAll @LongRange(min = 2_000_000_000L,
      max = 9_999_999_999L) long number) {
    String digits = Long.toString(number);
    String written = "Call " + digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6) + ".";

    String spoken = SpokenText.normalize(written);

    assertThat(spoken).doesNotContainPattern("\\d");
    assertThat(spoken.replace("Call ", "").replace(".", "").replace(",", "").split(" ")).hasSize(10);
  }

  @Property(tries = 200)
  void any_house_number_on_a_street_is_spoken_without_digits(@ForAll @IntRange(min = 1, max = 99_999) int house) {
    assertThat(SpokenText.normalize(house + " Maple Ct")).doesNotContainPattern("\\d").endsWith("Maple Court");
  }
}
