package app.chris.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestMatcherTest {
  private static Map<String, Object> request(String unitId, String priority, boolean verified) {
    Map<String, Object> r = new HashMap<>();
    r.put("unitId", unitId);
    r.put("priority", priority);
    r.put("description", "kitchen faucet drips");
    r.put("addressVerified", verified);
    r.put("tenantId", null);
    return r;
  }

  @Test
  void idsAndBooleansMustBeEqual_otherStringsAreSearchedPatterns() {
    Map<String, Object> actual = request("U101", "normal", true);

    assertThat(RequestMatcher.matches(Map.of("unitId", "U101", "priority", "normal|low", "description", "(?i)FAUCET"),
        actual)).isTrue();
    assertThat(RequestMatcher.matches(Map.of("unitId", "U10"), actual)).isFalse();
    assertThat(RequestMatcher.matches(Map.of("addressVerified", false), actual)).isFalse();
    assertThat(RequestMatcher.matches(Map.of("priority", "^norm$"), actual)).isFalse();
  }

  @Test
  void nullExpectedId_matchesOnlyAMissingId() {
    Map<String, Object> want = new HashMap<>();
    want.put("tenantId", null);

    assertThat(RequestMatcher.matches(want, request("U101", "normal", true))).isTrue();
  }

  @Test
  void eachExpectedRequest_needsADistinctActualOne() {
    Map<String, Object> want = Map.of("unitId", "U101");

    assertThat(RequestMatcher.matchesDistinct(List.of(want, want), List.of(request("U101", "normal", true)))).isFalse();
    assertThat(RequestMatcher.matchesDistinct(List.of(want, want),
        List.of(request("U101", "normal", true), request("U101", "low", false)))).isTrue();
  }

  @Test
  void matching_backtracksWhenAGreedyChoiceWouldBlockALaterExpectation() {
    List<Map<String, Object>> wanted = List.of(Map.of("priority", "normal|urgent"), Map.of("priority", "normal"));

    assertThat(RequestMatcher.matchesDistinct(wanted,
        List.of(request("U1", "normal", true), request("U2", "urgent", true)))).isTrue();
  }
}
