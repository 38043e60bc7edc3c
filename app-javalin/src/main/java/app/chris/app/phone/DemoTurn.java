package app.chris.app.phone;

import java.util.Objects;
import java.util.Optional;

/** One caller turn of the demo call: what the caller said and how long until Chris's first answering audio. */
record DemoTurn(String said, Optional<Long> firstAudioMillis) {
  DemoTurn {
    Objects.requireNonNull(said, "said");
    Objects.requireNonNull(firstAudioMillis, "firstAudioMillis");
  }

  String latency() {
    return firstAudioMillis.map(ms -> ms + " ms").orElse("no answer");
  }
}
