package app.chris.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Many phrasings per intent, including typos, fillers and lower-case typing: the main need must be right. */
class IntentUnderstandingTest {
  private static final LanguageUnderstanding NLU = LanguageUnderstanding.load();

  @ParameterizedTest(name = "{1} -> {0}")
  @CsvSource(delimiter = '|', textBlock = """
      MAINTENANCE       | My kitchen faucet keeps dripping.
      MAINTENANCE       | so um the heater isn't working
      MAINTENANCE       | the toilet wont flush
      MAINTENANCE       | my frige stopped working
      MAINTENANCE       | theres a leak under the bathroom sink
      MAINTENANCE       | I've got roaches again
      MAINTENANCE       | the light in the kitchen is out
      MAINTENANCE       | my deadbolt is jammed
      MAINTENANCE       | can you send someone to fix my dishwasher
      MAINTENANCE       | no hot water since this morning
      EMERGENCY         | I smell gas in my hallway, it's really strong!
      EMERGENCY         | there's a fire in the kitchen
      EMERGENCY         | water is pouring out of the ceiling
      EMERGENCY         | the CO alarm is going off
      EMERGENCY         | someone broke in last night
      EMERGENCY         | there's a guy trying to break into my house right now
      EMERGENCY         | I locked myself out
      BALANCE           | How much do I owe on unit 1B at Maple Court?
      BALANCE           | what's my current balance
      BALANCE           | Just tell me the balance please.
      BALANCE           | do i owe any money
      RENT_INFO         | when is rent due each month
      RENT_INFO         | how do I pay my rent online
      COMPLAINT         | I want to complain about my upstairs neighbor in 2B.
      COMPLAINT         | the neighbors are blasting music at 2am
      COMPLAINT         | i want to file a complaint
      PROPERTY_QUESTION | Hi, is the fitness room open today?
      PROPERTY_QUESTION | Do you allow dogs?
      PROPERTY_QUESTION | what day is trash day
      PROPERTY_QUESTION | when is the pool open
      PROSPECT          | Hi! Do you have any two bedroom apartments available?
      PROSPECT          | How much is the rent on that one?
      PROSPECT          | Great, I'd like to schedule a tour. My name is Sam Lee, my number is 630 555 0150.
      PROSPECT          | are there any vacant units
      ADMIN             | Hi Chris, this is Pat. Admin PIN 2468.
      TEACH             | Please learn this: the fitness room at Maple Court is closed for repairs until December 15th.
      TRANSFER          | can I talk to a real person please
      TRANSFER          | transfer me to the office
      GOODBYE           | That's all, thanks.
      GOODBYE           | No, that's everything, thank you!
      GOODBYE           | bye
      REPEAT            | can you say that again
      RUDE              | you are useless
      CONFUSED          | I don't understand
      INFO              | My name is Hana Ito.
      INFO              | It's 21 Oak Street. I'm outside now.
      MAINTENANCE       | Hi, this is Hana Ito at 21 Oak Street. I keep seeing cockroaches in my kitchen at night.
      BALANCE           | What's the balance for unit 1B at 120 Maple Court?
      PROPERTY_QUESTION | How do I get the code for my garage door opener?
      """)
  void givenNaturalPhrasing_understand_findsTheMainNeed(Need expected, String line) {
    assertThat(NLU.understand(line).primary()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Hi, this is Ana at 120 Maple, my faucet drips and also my neighbor blasts music every night | MAINTENANCE | COMPLAINT
      I smell gas, and by the way how much do I owe?                                           | EMERGENCY   | BALANCE
      the sink is clogged. also when is the pool open?                                         | MAINTENANCE | PROPERTY_QUESTION
      """)
  void givenTwoRequestsInOneLine_understand_findsBoth(String line, Need first, Need second) {
    assertThat(NLU.understand(line).needs()).contains(first, second);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      I don't smell gas anymore, but the stove burner won't light
      the fridge is leaking a little water on the floor
      my smoke detector keeps chirping, I think the battery is low
      the neighbors keep smoking on the balcony
      my toilet won't stop running and the shower drips too
      """)
  void givenRoutineProblemsThatSoundScary_understand_isNoEmergency(String line) {
    assertThat(NLU.understand(line).needs()).doesNotContain(Need.EMERGENCY);
    assertThat(NLU.understand(line).emergency()).isEmpty();
  }
}
