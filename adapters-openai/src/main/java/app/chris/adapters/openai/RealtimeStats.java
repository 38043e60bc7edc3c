package app.chris.adapters.openai;

import java.util.concurrent.atomic.LongAdder;

/** Counters of one Realtime model across its sessions: server events ignored as malformed, sessions reopened. */
final class RealtimeStats {
  final LongAdder malformed = new LongAdder();
  final LongAdder reopened = new LongAdder();
}
