package app.chris.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.PhoneNumber;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SpokenTest {
  @Test
  void money_is_said_the_way_people_write_it() {
    assertThat(Spoken.money(new BigDecimal("125.50"))).isEqualTo("$125.50");
    assertThat(Spoken.money(new BigDecimal("1250.00"))).isEqualTo("$1,250");
    assertThat(Spoken.money(new BigDecimal("-20"))).isEqualTo("a credit of $20");
  }

  @Test
  void phone_numbers_and_point_of_view() {
    assertThat(Spoken.phone(new PhoneNumber("+16305550150"))).isEqualTo("(630) 555-0150");
    assertThat(Spoken.secondPerson("My faucet drips and I'm annoyed.")).isEqualTo("your faucet drips and you're annoyed");
  }

  @Test
  void a_bare_correction_merges_with_the_address_said_before() {
    assertThat(AddressFlow.merge("122 Maple Court, unit 1B", "Oh yes, sorry, 120.")).isEqualTo("120 Maple Court, unit 1B");
    assertThat(AddressFlow.merge("120 Maple Court", "unit 2A")).isEqualTo("120 Maple Court, unit 2A");
    assertThat(AddressFlow.merge("120 Maple Court, unit 1B", "21 Oak Street")).isEqualTo("21 Oak Street");
  }
}
