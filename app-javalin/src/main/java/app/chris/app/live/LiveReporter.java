package app.chris.app.live;

import app.chris.app.Stores;
import app.chris.core.port.CallId;
import app.chris.core.port.Channel;
import app.chris.core.port.LiveEvent;
import app.chris.core.port.LiveFeed;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.TurnMetric;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a {@link CallReport} per call on this instance's {@link LiveFeed}, and stores each turn's metric for
 * analytics. Thread-safe. Reporting never breaks a call: a failing feed or metric store is logged and skipped.
 */
public final class LiveReporter {
  private static final Logger LOG = LoggerFactory.getLogger(LiveReporter.class);

  private final LiveFeed feed;
  private final String instance;
  private final Clock clock;
  private final Stores stores;
  private final Consumer<TurnMetric> turns;

  /** {@code instance} names this server in every event (several may share one feed). */
  public LiveReporter(LiveFeed feed, String instance, Clock clock, Stores stores, Consumer<TurnMetric> turns) {
    this.feed = Objects.requireNonNull(feed, "feed");
    this.instance = Objects.requireNonNull(instance, "instance");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.stores = Objects.requireNonNull(stores, "stores");
    this.turns = Objects.requireNonNull(turns, "turns");
  }

  /** Publishes that the call started and returns its reporter. */
  public CallReport open(CallId id, Channel channel, Optional<PhoneNumber> from) {
    CallReport report = new CallReport(this, id, channel == Channel.PHONE);
    publish(id, LiveEvent.Kind.CALL_STARTED, Map.of("channel", channel.wire(),
        "from", from.map(PhoneNumber::e164).orElse("")));
    return report;
  }

  void publish(CallId id, LiveEvent.Kind kind, Map<String, String> fields) {
    try {
      feed.publish(new LiveEvent(instance, id.value(), clock.instant(), kind, fields));
    } catch (RuntimeException e) {
      LOG.warn("Live event {} for call {} not published: {}", kind.wire(), id, e.toString());
    }
  }

  void recordTurn(TurnMetric metric) {
    try {
      turns.accept(metric);
    } catch (RuntimeException e) {
      LOG.warn("Turn metric for call {} not stored: {}", metric.callId(), e.toString());
    }
  }

  /** A name for this server in live events, so several instances sharing one feed can be told apart. */
  public static String instanceName() {
    byte[] id = new byte[4];
    new SecureRandom().nextBytes(id);
    return "chris-" + HexFormat.of().formatHex(id);
  }

  Clock clock() {
    return clock;
  }

  Stores stores() {
    return stores;
  }
}
