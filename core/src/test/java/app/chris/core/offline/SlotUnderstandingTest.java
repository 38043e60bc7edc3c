package app.chris.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names, addresses, phone numbers, PINs and dates as callers actually say them. */
class SlotUnderstandingTest {
  private static final LanguageUnderstanding NLU = LanguageUnderstanding.load();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Hi, this is Ben Cho. I'm at 122 Maple Court, unit 1B, and the heater isn't working. | Ben Cho
      My name is Tom Baker.                                                               | Tom Baker
      Hi, it's Hana Ito in unit 3.                                                        | Hana Ito
      Pat here, quick question                                                            | Pat
      Hi Chris, this is Pat. Admin PIN 2468.                                              | Pat
      this is ana ruiz from maple court                                                   | Ana Ruiz
      I'd like a tour. My name is Sam Lee, my number is 630 555 0150.                     | Sam Lee
      yes hi, it's Mrs. Carla Diaz calling                                                | Carla Diaz
      Hana Ito, 21 Oak Street.                                                            | Hana Ito
      Sorry, I mean Tim Baker, unit 2B, 120 Maple Court.                                  | Tim Baker
      Hi, Eve Fox at 1200 Maple Court, unit B. What's my balance?                         | Eve Fox
      """)
  void givenAnIntroduction_understand_findsTheCallersName(String line, String name) {
    assertThat(NLU.understand(line).slots().anyName()).contains(name);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      I'm outside now.
      It's 21 Oak Street.
      it's really strong
      this is ridiculous
      I'm locked out
      it's freezing in here
      Hi Chris, is the pool open?
      The screen door came off its track.
      This damn heater is broken again, this is bullshit.
      nah
      Nope, I'd rather not.
      I'm calling to complain about the staff, the maintenance guy was rude
      """)
  void givenNoIntroduction_understand_findsNoName(String line) {
    assertThat(NLU.understand(line).slots().anyName()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Hi, this is Ana Ruiz at 120 Maple Court, apartment 1A. My faucet drips. | 120 Maple Court, unit 1A
      I'm at 122 Maple Court, unit 1B, and the heater isn't working.        | 122 Maple Court, unit 1B
      How much do I owe on unit 1B at Maple Court?                           | Maple Court, unit 1B
      It's 21 Oak Street. I'm outside now.                                   | 21 Oak Street
      I live at one twenty Maple Ct, apartment one b                         | 120 Maple Ct, unit 1B
      hi this is Ana at 120 Maple, my faucet drips                           | 120 Maple
      it's twelve hundred Maple Court unit A                                  | 1200 Maple Court, unit A
      i'm in apt 2b                                                          | unit 2B
      I'm Carla Diaz, 2B at 120 Maple Court.                                 | 120 Maple Court, unit 2B
      Ben Cho, 1B, 120 Maple Court.                                          | 120 Maple Court, unit 1B
      It's 112 Oak Street... no sorry, 12 Oak Street.                        | 12 Oak Street
      one twenty maple court, unit two bee                                   | 120 maple court, unit 2B
      1200 maple ct b                                                        | 1200 maple ct, unit B
      fine, it's Ben Cho, 120 Maple 1B                                       | 120 Maple, unit 1B
      120 maple 1B                                                           | 120 maple, unit 1B
      21 oak                                                                 | 21 oak
      """)
  void givenAnAddressAsSaid_understand_passesItOn(String line, String address) {
    assertThat(NLU.understand(line).slots().address()).contains(address);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      I want to complain about my upstairs neighbor in 2B.
      Do you have any two bedroom apartments available?
      the people below me in 1A are loud
      """)
  void givenUnitsThatAreNotTheCallers_understand_findsNoAddress(String line) {
    assertThat(NLU.understand(line).slots().address()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      my number is 630 555 0150                           | +16305550150
      call me back at (217) 555-0101                      | +12175550101
      it's six three oh, five five five, oh one five oh   | +16305550150
      you can reach me at 1 217 555 0199 anytime          | +12175550199
      six three zero five five five double one two three  | +16305551123
      """)
  void givenAPhoneNumberInDigitsOrWords_understand_readsIt(String line, String e164) {
    assertThat(NLU.understand(line).slots().phone()).hasValueSatisfying(p -> assertThat(p.e164()).isEqualTo(e164));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Admin PIN 2468                        | 2468
      my pin is two four six eight          | 2468
      admin mode, passcode 1357 please      | 1357
      """)
  void givenAPin_understand_readsTheDigits(String line, String pin) {
    assertThat(NLU.understand(line).slots().pin()).contains(pin);
    assertThat(NLU.understand(line).primary()).isEqualTo(Need.ADMIN);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      closed for repairs until December 15th | December 15th
      can someone come next Tuesday          | next Tuesday
      the water is off tomorrow              | tomorrow
      """)
  void givenADate_understand_findsIt(String line, String date) {
    assertThat(NLU.understand(line).slots().date()).contains(date);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Please learn this: the fitness room at Maple Court is closed for repairs until December 15th. | The fitness room at Maple Court is closed for repairs until December 15th. | Maple Court
      remember that the pool at Oak Street Homes opens at noon on Sundays                            | The pool at Oak Street Homes opens at noon on Sundays                        | Oak Street Homes
      """)
  void givenAnAdminTeaching_understand_extractsTheFactAndProperty(String line, String fact, String property) {
    Understanding u = NLU.understand(line);
    assertThat(u.primary()).isEqualTo(Need.TEACH);
    assertThat(u.slots().fact()).contains(fact);
    assertThat(u.slots().factProperty()).contains(property);
  }
}
