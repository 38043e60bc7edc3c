package app.chris.app.dashboard;

import app.chris.core.port.LiveEvent;
import app.chris.core.port.LiveFeed;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the live page shows, built only from the {@link LiveFeed} (so it sees every instance's calls): the events
 * of active calls and of calls that ended in the last minutes. A browser that joins gets them replayed, then
 * every new event as it happens. Bounded: events per call and calls kept are capped. Thread-safe (one lock, so a
 * joining viewer never misses or doubles an event).
 */
final class LiveBoard implements AutoCloseable {
  static final int MAX_EVENTS_PER_CALL = 400;
  static final int MAX_CALLS = 100;
  static final Duration KEEP_ENDED = Duration.ofMinutes(3);
  static final Duration FORGET_SILENT = Duration.ofHours(2);

  /** One connected browser; {@link #send} answers false when it is gone or too far behind. */
  interface Viewer {
    boolean send(String json);
  }

  private final Clock clock;
  private final ObjectMapper mapper;
  private final Map<String, List<LiveEvent>> calls = new LinkedHashMap<>();
  private final Set<Viewer> viewers = new LinkedHashSet<>();
  private final LiveFeed.Subscription subscription;

  LiveBoard(LiveFeed feed, Clock clock, ObjectMapper mapper) {
    this.clock = clock;
    this.mapper = mapper;
    this.subscription = feed.subscribe(this::onEvent);
  }

  synchronized void onEvent(LiveEvent event) {
    List<LiveEvent> events = calls.computeIfAbsent(event.callId(), id -> new ArrayList<>());
    if (events.size() >= MAX_EVENTS_PER_CALL) {
      events.remove(1); // keep the call's start; drop its oldest line
    }
    events.add(event);
    prune();
    String json = json(event, false);
    viewers.removeIf(viewer -> !viewer.send(json));
  }

  synchronized void join(Viewer viewer) {
    prune();
    for (List<LiveEvent> events : calls.values()) {
      for (LiveEvent event : events) {
        if (!viewer.send(json(event, true))) {
          return;
        }
      }
    }
    viewer.send("{\"kind\":\"ready\",\"now\":\"" + clock.instant() + "\"}");
    viewers.add(viewer);
  }

  synchronized void leave(Viewer viewer) {
    viewers.remove(viewer);
  }

  /** Calls on the board that have not ended. */
  synchronized int activeCalls() {
    return (int) calls.values().stream().filter(e -> !ended(e)).count();
  }

  synchronized int viewers() {
    return viewers.size();
  }

  private void prune() {
    Instant now = clock.instant();
    calls.values().removeIf(events -> {
      Instant last = events.get(events.size() - 1).at();
      return ended(events) ? last.plus(KEEP_ENDED).isBefore(now) : last.plus(FORGET_SILENT).isBefore(now);
    });
    while (calls.size() > MAX_CALLS) {
      calls.remove(calls.keySet().iterator().next());
    }
  }

  private static boolean ended(List<LiveEvent> events) {
    return events.get(events.size() - 1).kind() == LiveEvent.Kind.CALL_ENDED;
  }

  private String json(LiveEvent event, boolean replay) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", event.kind().wire());
    out.put("callId", event.callId());
    out.put("at", event.at().toString());
    out.put("instance", event.instance());
    out.put("replay", replay);
    out.put("fields", event.fields());
    try {
      return mapper.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a live event is always serializable", e);
    }
  }

  @Override
  public void close() {
    subscription.close();
  }
}
