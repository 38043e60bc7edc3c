package app.chris.core.voice;

import app.chris.core.text.NumberWords;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpokenTextTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Your balance is $125.50.          | Your balance is one hundred twenty-five dollars and fifty cents.
      That is $1,200 in total.          | That is one thousand two hundred dollars in total.
      A fee of $1.                      | A fee of one dollar.
      Only $0.05 left.                  | Only five cents left.
      Call 555-123-4567 anytime.        | Call five five five, one two three, four five six seven anytime.
      Call (555) 123-4567.              | Call five five five, one two three, four five six seven.
      Call +1 555.123.4567.             | Call five five five, one two three, four five six seven.
      Unit 1B has a leak.               | Unit one B has a leak.
      Apartment 12c is free.            | Apartment twelve C is free.
      I have 120 Maple Ct on file.      | I have one twenty Maple Court on file.
      It is 1234 N Oak Ridge Rd.        | It is twelve thirty-four North Oak Ridge Road.
      We are at 305 5th Ave.            | We are at three oh five fifth Avenue.
      Rent is due 3/1.                  | Rent is due March first.
      Move-in on 2026-12-22.            | Move-in on December twenty-second, twenty twenty-six.
      Move-in on 12/3/2026.             | Move-in on December third, twenty twenty-six.
      Inspection is on March 2nd.       | Inspection is on March second.
      Inspection is on Sept 30.         | Inspection is on September thirtieth.
      We open at 9:05 and close at 5:30. | We open at nine oh five and close at five thirty.
      We have 3 units and #2 is vacant. | We have three units and number two is vacant.
      It is 21st in line.               | It is twenty-first in line.
      Nothing to change here.           | Nothing to change here.
      The plumber comes at 3pm.         | The plumber comes at three PM.
      Office opens at 8:30 a.m. daily.  | Office opens at eight thirty AM daily.
      We close at 5 p.m.                | We close at five PM.
      Call 555-1234 or 911.             | Call five five five, one two three four or nine one one.
      Mail it to Springfield, IL 62704. | Mail it to Springfield, IL six two seven zero four.
      Your work order is 48213.         | Your work order is four eight two one three.
      The lease started in 2019.        | The lease started in twenty nineteen.
      Rent goes up 3.5% next year.      | Rent goes up three point five percent next year.
      We manage 1,250 units.            | We manage one thousand two hundred fifty units.
      Unit 204 is free.                 | Unit two oh four is free.
      Apt. 3C has a leak.               | Apartment three C has a leak.
      It is in Apartment #204.          | It is in Apartment two oh four.
      Our office is Suite 1200.         | Our office is Suite twelve hundred.
      That is unit 4-B.                 | That is unit four B.
      Rent is $1,450.00 a month.        | Rent is one thousand four hundred fifty dollars a month.
      A fee of $5.5 applies.            | A fee of five dollars and fifty cents applies.
      1600 W Main St, Suite 2B.         | sixteen hundred West Main Street, Suite two B.
      """)
  void written_text_is_rewritten_as_a_person_would_say_it(String written, String spoken) {
    assertThat(SpokenText.normalize(written)).isEqualTo(spoken);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0, zero", "13, thirteen", "40, forty", "99, ninety-nine", "100, one hundred",
    "1005, one thousand five", "1500000, one million five hundred thousand"
  })
  void cardinals_read_naturally(long n, String words) {
    assertThat(NumberWords.cardinal(n)).isEqualTo(words);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"7, seven", "120, one twenty", "100, one hundred", "1005, ten oh five", "2000, two thousand"})
  void house_numbers_are_read_in_pairs(String n, String words) {
    assertThat(NumberWords.paired(n)).isEqualTo(words);
  }
}
