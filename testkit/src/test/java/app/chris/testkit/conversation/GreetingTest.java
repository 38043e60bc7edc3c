package app.chris.testkit.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Greetings are warm, varied, time-aware, personal only for an unambiguous resident, never repeated in a row. */
class GreetingTest {
  private final Harness h = new Harness();

  private String greet(String from) {
    h.clock.advance(java.time.Duration.ofMinutes(3));
    Harness.Call call = h.call(from);
    String greeting = call.output().all();
    call.session().hangUp();
    return greeting;
  }

  @Test
  void many_calls_from_one_number_get_at_least_twelve_openings_and_never_the_same_twice_in_a_row() {
    List<String> greetings = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      greetings.add(greet("+13125550188"));
    }
    Set<String> distinct = new HashSet<>(greetings);
    assertThat(distinct).hasSizeGreaterThanOrEqualTo(12);
    for (int i = 1; i < greetings.size(); i++) {
      assertThat(greetings.get(i)).isNotEqualTo(greetings.get(i - 1));
    }
    assertThat(greetings).allMatch(g -> g.contains("Chris") && g.contains("Lakeside"));
  }

  @Test
  void resident_calling_from_their_number_is_greeted_by_first_name_only() {
    String greeting = greet("+12175550101");
    assertThat(greeting).containsPattern("\\bAna\\b").doesNotContain("Ruiz").doesNotContain("1A");
  }

  @Test
  void a_resident_is_greeted_once_not_hi_ana_then_hello() {
    Set<String> greetings = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      greetings.add(greet("+12175550101"));
    }
    assertThat(greetings).hasSizeGreaterThanOrEqualTo(12)
        .noneMatch(g -> g.matches("(?s).*Hi Ana\\W+(Hello|Good (morning|afternoon|evening))\\b.*"));
  }

  @Test
  void past_tenant_and_unknown_numbers_get_no_name() {
    assertThat(greet("+12175550108")).doesNotContain("Ivan");
    assertThat(greet("+13125550188")).doesNotContain("Hi ");
  }

  @Test
  void greeting_follows_the_time_of_day_in_the_companys_zone() {
    h.clock.set(Instant.parse("2025-03-03T15:00:00Z"));
    Set<String> morning = new HashSet<>();
    Set<String> evening = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      morning.add(greet("+13125550188"));
    }
    h.clock.set(Instant.parse("2025-03-04T00:00:00Z"));
    for (int i = 0; i < 20; i++) {
      evening.add(greet("+13125550188"));
    }
    assertThat(morning).anyMatch(g -> g.contains("Good morning")).noneMatch(g -> g.contains("evening"));
    assertThat(evening).anyMatch(g -> g.contains("Good evening")).noneMatch(g -> g.contains("morning"));
  }
}
