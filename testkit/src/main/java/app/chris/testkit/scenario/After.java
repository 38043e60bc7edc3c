package app.chris.testkit.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * What must be true once a scenario's calls are over: how many service requests and knowledge entries it
 * created, which requests (each matched by a distinct new one), and patterns every or no reply shows.
 */
public record After(
    OptionalInt serviceRequestCount,
    List<Map<String, Object>> serviceRequests,
    OptionalInt knowledgeAdded,
    List<Pattern> repliesEver,
    List<Pattern> repliesNever) {

  public After {
    Objects.requireNonNull(serviceRequestCount, "serviceRequestCount");
    serviceRequests = List.copyOf(serviceRequests);
    Objects.requireNonNull(knowledgeAdded, "knowledgeAdded");
    repliesEver = List.copyOf(repliesEver);
    repliesNever = List.copyOf(repliesNever);
  }

  public static After nothing() {
    return new After(OptionalInt.empty(), List.of(), OptionalInt.empty(), List.of(), List.of());
  }

  /** True when checking needs the records (service requests, knowledge), not just the replies. */
  public boolean needsRecords() {
    return serviceRequestCount.isPresent() || !serviceRequests.isEmpty() || knowledgeAdded.isPresent();
  }

  /** The first unmet expectation; {@code allReplies} holds every reply of every call. */
  public Optional<String> check(List<Map<String, Object>> newRequests, int newKnowledge, List<String> allReplies) {
    if (serviceRequestCount.isPresent() && newRequests.size() != serviceRequestCount.getAsInt()) {
      return Optional.of("expected " + serviceRequestCount.getAsInt() + " new service request(s), found "
          + newRequests.size() + ": " + newRequests);
    }
    if (!RequestMatcher.matchesDistinct(serviceRequests, newRequests)) {
      return Optional.of("expected service requests " + serviceRequests + " among new requests " + newRequests);
    }
    if (knowledgeAdded.isPresent() && newKnowledge != knowledgeAdded.getAsInt()) {
      return Optional.of("expected " + knowledgeAdded.getAsInt() + " new knowledge entries, found " + newKnowledge);
    }
    for (Pattern p : repliesEver) {
      if (allReplies.stream().noneMatch(r -> p.matcher(r).find())) {
        return Optional.of("no reply ever matched /" + p.pattern() + "/");
      }
    }
    for (Pattern p : repliesNever) {
      Optional<String> hit = allReplies.stream().filter(r -> p.matcher(r).find()).findFirst();
      if (hit.isPresent()) {
        return Optional.of("a reply matched forbidden /" + p.pattern() + "/: " + Expectation.quote(hit.get()));
      }
    }
    return Optional.empty();
  }
}
