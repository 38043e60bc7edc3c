package app.chris.core.port;

import java.util.List;
import java.util.Optional;

/**
 * Facts taught to Chris (by phone or on the dashboard), kept with their audit trail. Thread-safe; writes are
 * durable when the method returns. {@link #version()} changes on every write so answer caches can invalidate.
 */
public interface KnowledgeStore {
  /** Every fact, active or retired, oldest first. */
  List<KnowledgeFact> all();

  default List<KnowledgeFact> active() {
    return all().stream().filter(KnowledgeFact::active).toList();
  }

  KnowledgeFact add(NewKnowledgeFact fact);

  /** Deactivates a fact; empty when the id is unknown. */
  Optional<KnowledgeFact> retire(String factId, String retiredBy);

  /** Retires a fact and adds its corrected text as a new fact (keeping the audit trail); empty when unknown. */
  Optional<KnowledgeFact> correct(String factId, String newText, String correctedBy, Optional<CallId> callId);

  long version();
}
