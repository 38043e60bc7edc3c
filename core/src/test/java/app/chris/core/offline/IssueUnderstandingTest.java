package app.chris.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.Priority;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Emergency kinds, maintenance categories, clean descriptions and priorities. */
class IssueUnderstandingTest {
  private static final LanguageUnderstanding NLU = LanguageUnderstanding.load();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      I smell gas in my hallway, it's really strong!                 | gas
      it smells like rotten eggs in the kitchen                      | gas
      there's a fire in my apartment                                 | fire
      smoke is filling up the hallway                                | smoke
      the carbon monoxide detector is beeping                        | carbon_monoxide
      the basement is flooded                                        | flood
      a pipe burst under the sink                                    | active_leak
      water is pouring through the ceiling                           | active_leak
      sewage is backing up into the tub                              | sewage
      the outlet is sparking                                         | electrical
      someone broke into my unit                                     | break_in
      I'm locked out of my apartment                                 | lockout
      the heat is out and it's freezing, I have a newborn            | no_heat
      My heat is completely out and it's below freezing outside      | no_heat
      """)
  void givenAnEmergency_understand_findsItsKind(String line, String kind) {
    Understanding u = NLU.understand(line);
    assertThat(u.emergency()).contains(kind);
    assertThat(u.primary()).isEqualTo(Need.EMERGENCY);
    assertThat(u.issue()).hasValueSatisfying(i -> assertThat(i.priority()).isEqualTo(Priority.EMERGENCY));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Hi, this is Ana Ruiz at 120 Maple Court, apartment 1A. My kitchen faucet keeps dripping. | plumbing   | kitchen faucet keeps dripping      | NORMAL
      I'm at 122 Maple Court, unit 1B, and the heater isn't working.                         | heating    | heater isn't working               | URGENT
      the dryer is not heating                                                               | appliance  | dryer is not heating               | NORMAL
      there are mice in my closet                                                            | pest       | mice in my closet                  | NORMAL
      my AC stopped working                                                                  | hvac       | AC stopped working                 | NORMAL
      the bedroom outlet is dead                                                             | electrical | bedroom outlet is dead             | NORMAL
      my front door lock is broken                                                           | lock       | front door lock is broken          | URGENT
      a cabinet door is a little loose, no rush                                              | general    | a cabinet door is a little loose   | LOW
      This damn heater is broken again.                                                      | heating    | this heater is broken again        | URGENT
      no wait, it's the bathroom sink that's clogged                                         | plumbing   | bathroom sink that's clogged       | NORMAL
      no, it's leaking under the sink actually                                              | plumbing   | leaking under the sink             | NORMAL
      theres water leaking under my sink                                                     | plumbing   | water leaking under my sink        | NORMAL
      """)
  void givenAProblem_understand_categorisesDescribesAndPrioritises(String line, String category,
      String description, Priority priority) {
    assertThat(NLU.understand(line).issue()).hasValueSatisfying(i -> {
      assertThat(i.category()).isEqualTo(category);
      assertThat(i.description()).isEqualTo(description);
      assertThat(i.priority()).isEqualTo(priority);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Do you have any two bedroom apartments available? | availability | 2
      any studios open?                                 | availability | 0
      I need a 3 bed under 1500                         | availability | 3
      Do you have any one bedroom apartments for rent?  | availability | 1
      """)
  void givenAnAvailabilityQuestion_understand_readsBedrooms(String line, String topic, int bedrooms) {
    Inquiry inquiry = NLU.understand(line).inquiry();
    assertThat(inquiry.topic()).contains(topic);
    assertThat(inquiry.bedrooms()).contains(bedrooms);
  }
}
