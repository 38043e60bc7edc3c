package app.chris.core.port;

import java.util.List;
import java.util.Optional;

/**
 * Durable call records. Thread-safe. {@link #save} upserts the record and enqueues the given outbox messages in
 * one transaction, so a call's side effects are committed exactly when its record is.
 */
public interface CallLog {
  void save(CallRecord record, List<OutboxMessage> effects);

  Optional<CallRecord> find(CallId id);

  /** Newest first. */
  List<CallRecord> recent(int limit);

  /** Newest first; used for "never the same greeting twice in a row" and caller history. */
  List<CallRecord> recentFrom(PhoneNumber caller, int limit);

  /**
   * Calls never finished (no end time) that started before {@code startedBefore}, oldest first: after a crash,
   * the calls the dead process held. This default reads everything; database stores override it.
   */
  default List<CallRecord> unfinished(java.time.Instant startedBefore, int limit) {
    return recent(Integer.MAX_VALUE).stream()
        .filter(r -> !r.ended() && r.startedAt().isBefore(startedBefore))
        .sorted(java.util.Comparator.comparing(CallRecord::startedAt))
        .limit(Math.max(0, limit))
        .toList();
  }

  /**
   * The next page after {@code lastSeen} in {@link #recent} order (newest first, ties by id), for paging a long
   * history; empty when {@code lastSeen} is unknown. This default reads everything; database stores override it.
   */
  default List<CallRecord> olderThan(CallId lastSeen, int limit) {
    List<CallRecord> all = recent(Integer.MAX_VALUE);
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().equals(lastSeen)) {
        return List.copyOf(all.subList(i + 1, Math.min(all.size(), i + 1 + Math.max(0, limit))));
      }
    }
    return List.of();
  }
}
