package app.chris.testkit;

import app.chris.core.port.CallId;
import app.chris.core.port.KnowledgeFact;
import app.chris.core.port.KnowledgeSource;
import app.chris.core.port.KnowledgeStore;
import app.chris.core.port.NewKnowledgeFact;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link KnowledgeStore} in memory. Thread-safe (one lock). Ids are {@code K-1}, {@code K-2}, ...; the version
 * starts at 0 and bumps on every write that changed something. Retired facts stay listed (inactive) as the audit
 * trail; a correction made on a call is sourced {@code ADMIN_PHONE}, otherwise {@code DASHBOARD}.
 */
public final class InMemoryKnowledgeStore implements KnowledgeStore {
  private final Clock clock;
  private final List<KnowledgeFact> facts = new ArrayList<>();
  private long version;

  public InMemoryKnowledgeStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized List<KnowledgeFact> all() {
    return List.copyOf(facts);
  }

  @Override
  public synchronized KnowledgeFact add(NewKnowledgeFact fact) {
    Objects.requireNonNull(fact, "fact");
    KnowledgeFact added = new KnowledgeFact("K-" + (facts.size() + 1), fact.propertyId(), fact.text(),
        fact.source(), fact.createdBy(), fact.callId(), clock.instant(), true);
    facts.add(added);
    version++;
    return added;
  }

  @Override
  public synchronized Optional<KnowledgeFact> retire(String factId, String retiredBy) {
    Objects.requireNonNull(retiredBy, "retiredBy");
    for (int i = 0; i < facts.size(); i++) {
      KnowledgeFact f = facts.get(i);
      if (f.id().equals(factId)) {
        if (!f.active()) {
          return Optional.of(f);
        }
        KnowledgeFact retired = new KnowledgeFact(f.id(), f.propertyId(), f.text(), f.source(), f.createdBy(),
            f.callId(), f.createdAt(), false);
        facts.set(i, retired);
        version++;
        return Optional.of(retired);
      }
    }
    return Optional.empty();
  }

  @Override
  public synchronized Optional<KnowledgeFact> correct(
      String factId, String newText, String correctedBy, Optional<CallId> callId) {
    Optional<KnowledgeFact> old = retire(factId, correctedBy);
    if (old.isEmpty()) {
      return Optional.empty();
    }
    KnowledgeSource source = callId.isPresent() ? KnowledgeSource.ADMIN_PHONE : KnowledgeSource.DASHBOARD;
    return Optional.of(add(new NewKnowledgeFact(old.get().propertyId(), newText, source, correctedBy, callId)));
  }

  @Override
  public synchronized long version() {
    return version;
  }
}
