package app.chris.testkit.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plays one {@link Scenario} against a running Chris through the HTTP API and checks every expectation,
 * stopping at the first that fails. Stateless and thread-safe; each run changes only the server it talks to.
 */
public final class ScenarioRunner {
  /** How many recent service requests are compared before and after; far more than a scenario creates. */
  static final int RECORD_WINDOW = 1000;

  public ScenarioResult run(Scenario scenario, ChrisApiClient api) {
    try {
      Set<String> requestsBefore = ids(api.serviceRequests(RECORD_WINDOW));
      Set<String> knowledgeBefore = ids(api.knowledge());
      List<String> allReplies = new ArrayList<>();
      for (int i = 0; i < scenario.calls().size(); i++) {
        Optional<String> failure = new CallPlayer(api, scenario.calls().get(i), i + 1).play(allReplies);
        if (failure.isPresent()) {
          return ScenarioResult.fail(scenario.name(), failure.get());
        }
      }
      List<Map<String, Object>> newRequests = api.serviceRequests(RECORD_WINDOW).stream()
          .filter(r -> !requestsBefore.contains(String.valueOf(r.get("id")))).toList();
      long newKnowledge = api.knowledge().stream()
          .filter(k -> Boolean.TRUE.equals(k.get("active")) && !knowledgeBefore.contains(String.valueOf(k.get("id"))))
          .count();
      return scenario.after().check(newRequests, (int) newKnowledge, allReplies)
          .map(why -> ScenarioResult.fail(scenario.name(), "after: " + why))
          .orElse(ScenarioResult.pass(scenario.name()));
    } catch (ChrisApiClient.ApiCallException e) {
      return ScenarioResult.fail(scenario.name(), e.getMessage());
    }
  }

  private static Set<String> ids(List<Map<String, Object>> records) {
    return records.stream().map(r -> String.valueOf(r.get("id"))).collect(Collectors.toSet());
  }
}
