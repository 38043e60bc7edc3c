package app.chris.app.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What one step of a test call produced: Chris's replies, whether the call is over, and debug events. */
public record TurnResult(List<String> replies, boolean ended, List<Map<String, Object>> events) {
  public TurnResult {
    replies = List.copyOf(replies);
    Objects.requireNonNull(events, "events");
    events = List.copyOf(events);
  }
}
