package app.chris.app.metrics;

import app.chris.core.port.CallLog;
import app.chris.core.port.FailureKind;
import app.chris.core.port.LanguageModel;
import app.chris.core.port.Notifier;
import app.chris.core.port.Outbox;
import app.chris.core.port.OutboxStats;
import app.chris.core.port.PropertySystem;
import app.chris.core.port.RealtimeModel;
import app.chris.core.routing.ModelLineup;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * What one instance reports at {@code /metrics}: calls (active, started, ended by outcome), each turn's time to the
 * model's first token, vendor errors by vendor and kind, and outbox depth. Counts are per process since start
 * (Prometheus sums instances). Ports are metered by wrapping them ({@code meter(...)}). Thread-safe.
 */
public final class ChrisMetrics {
  static final double[] LATENCY_SECONDS = {0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10};
  private final Metrics registry = new Metrics();
  final Counter callsStarted =
      registry.counter("chris_calls_started_total", "Calls started on this instance.", "channel");
  final Counter callsEnded = registry.counter("chris_calls_ended_total",
      "Calls ended on this instance, by outcome.", "channel", "outcome");
  final Histogram firstToken = registry.histogram("chris_turn_first_token_seconds",
      "Time from a turn's prompt to the language model's first token (the whole reply if it did not stream).",
      LATENCY_SECONDS, "model");
  final Counter vendorErrors = registry.counter("chris_vendor_errors_total",
      "Failures reported by vendors (models, ears, email, property system), by vendor and kind.", "vendor", "kind");

  public String scrape() {
    return registry.scrape();
  }

  /** Live calls on this instance right now, per channel. */
  public void watchCalls(IntSupplier phone, IntSupplier test) {
    registry.gauge("chris_calls_active", "Calls in progress on this instance.", "channel",
        () -> Map.of("phone", phone.getAsInt(), "test", test.getAsInt()));
  }

  /** Outbox rows by status, read from the (shared) database at each scrape. */
  public void watchOutbox(Outbox outbox) {
    registry.gauge("chris_outbox_rows", "Outbox rows by status (pending includes retries; dead needs a person).",
        "status", () -> {
          OutboxStats stats = outbox.stats();
          return Map.of("pending", stats.pending(), "sent", stats.sent(), "dead", stats.dead());
        });
  }

  /** A count some component keeps itself (frames rejected, live events dropped), read at each scrape. */
  public void watchCount(String name, String help, LongSupplier count) {
    registry.counterReading(name, help, count::getAsLong);
  }

  public void vendorError(String vendor, FailureKind kind) {
    vendorErrors.inc(vendor, kind.name().toLowerCase(Locale.ROOT));
  }

  /** The lineup with every model metered once (the router compares models by identity). */
  public ModelLineup meter(ModelLineup lineup) {
    Map<LanguageModel, LanguageModel> metered = new IdentityHashMap<>();
    java.util.function.Function<LanguageModel, LanguageModel> wrap =
        m -> metered.computeIfAbsent(m, x -> new MeteredLanguageModel(x, this));
    return new ModelLineup(wrap.apply(lineup.fast()), lineup.strong().map(wrap),
        lineup.fallbacks().stream().map(wrap).toList());
  }

  /** The call log the assistant writes through, counting calls as they start and end. */
  public CallLog meter(CallLog callLog) {
    return new MeteredCallLog(callLog, this);
  }

  public Notifier meter(String vendor, Notifier notifier) {
    return new MeteredDeliveries.Email(vendor, notifier, this);
  }

  public PropertySystem meter(String vendor, PropertySystem system) {
    return new MeteredDeliveries.Writeback(vendor, system, this);
  }

  public RealtimeModel meter(String vendor, RealtimeModel ears) {
    return new MeteredRealtimeModel(vendor, ears, this);
  }
}
