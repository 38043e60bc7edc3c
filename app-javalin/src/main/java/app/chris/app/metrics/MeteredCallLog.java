package app.chris.app.metrics;

import app.chris.core.port.CallId;
import app.chris.core.port.CallLog;
import app.chris.core.port.CallRecord;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.Outcome;
import app.chris.core.port.PhoneNumber;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The call log the assistant writes through: a call's first save (made as it starts) counts it as started, the
 * save that ends it counts it as ended with its outcome. Reads go straight to the store. Thread-safe.
 */
final class MeteredCallLog implements CallLog {
  private static final int MAX_OPEN = 10_000;
  private final CallLog log;
  private final ChrisMetrics metrics;
  private final Set<CallId> open = ConcurrentHashMap.newKeySet();

  MeteredCallLog(CallLog log, ChrisMetrics metrics) {
    this.log = log;
    this.metrics = metrics;
  }

  @Override
  public void save(CallRecord record, List<OutboxMessage> effects) {
    log.save(record, effects);
    String channel = record.channel().wire();
    if (!record.ended()) {
      if (open.size() >= MAX_OPEN) {
        open.clear(); // calls that never ended (a crash mid-call elsewhere); memory stays bounded
      }
      if (open.add(record.id())) {
        metrics.callsStarted.inc(channel);
      }
    } else if (open.remove(record.id())) {
      metrics.callsEnded.inc(channel, record.outcome().map(Outcome::wire).orElse("none"));
    }
  }

  @Override
  public Optional<CallRecord> find(CallId id) {
    return log.find(id);
  }

  @Override
  public List<CallRecord> recent(int limit) {
    return log.recent(limit);
  }

  @Override
  public List<CallRecord> recentFrom(PhoneNumber caller, int limit) {
    return log.recentFrom(caller, limit);
  }

  @Override
  public List<CallRecord> olderThan(CallId lastSeen, int limit) {
    return log.olderThan(lastSeen, limit);
  }
}
