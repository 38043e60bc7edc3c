package app.chris.adapters.twilio;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Counts decoded and rejected Media Streams messages (for health and metrics). Thread-safe; share freely. */
public final class MediaStreamCounters {
  private final LongAdder decoded = new LongAdder();
  private final Map<InboundFrame.Problem, LongAdder> malformed = new EnumMap<>(InboundFrame.Problem.class);

  public MediaStreamCounters() {
    for (InboundFrame.Problem problem : InboundFrame.Problem.values()) {
      malformed.put(problem, new LongAdder());
    }
  }

  void countDecoded() {
    decoded.increment();
  }

  void countMalformed(InboundFrame.Problem problem) {
    malformed.get(problem).increment();
  }

  public long decoded() {
    return decoded.sum();
  }

  public long malformed(InboundFrame.Problem problem) {
    return malformed.get(problem).sum();
  }

  public long malformedTotal() {
    return malformed.values().stream().mapToLong(LongAdder::sum).sum();
  }
}
