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
}
