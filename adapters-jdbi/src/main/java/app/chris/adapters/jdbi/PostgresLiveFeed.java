package app.chris.adapters.jdbi;

import app.chris.core.live.LocalLiveFeed;
import app.chris.core.port.LiveEvent;
import app.chris.core.port.LiveFeed;
import app.chris.core.port.PortException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link LiveFeed} across instances with PostgreSQL {@code LISTEN/NOTIFY}: this instance's events reach its own
 * subscribers at once and the other instances through {@code pg_notify} (sent from one background thread, so a
 * call never waits for the database); the others' events arrive on a dedicated connection that is re-opened when
 * it drops. The channel is per schema, so instances share events exactly when they share data. Events published
 * while the connection is down are not replayed (history lives in the call records). Oversized events are cut or
 * skipped and counted ({@link #stats()}). Thread-safe.
 */
public final class PostgresLiveFeed implements LiveFeed {
  private static final int BACKLOG = 10_000;
  private final LocalLiveFeed local = new LocalLiveFeed();
  private final String origin = UUID.randomUUID().toString();
  private final Jdbi jdbi;
  private final String channel;
  private final NotificationListener listener;
  private final ThreadPoolExecutor sender;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong truncated = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong received = new AtomicLong();
  private final AtomicLong malformed = new AtomicLong();

  private PostgresLiveFeed(Database database, String channel) {
    this.jdbi = database.jdbi();
    this.channel = channel;
    this.listener = new NotificationListener(database.settings(), channel, this::received);
    this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(BACKLOG), r -> {
      Thread t = new Thread(r, "chris-live-notify");
      t.setDaemon(true);
      return t;
    });
  }

  /** Starts listening on this database's channel ({@code chris_live_<schema>}); the database must be PostgreSQL. */
  public static PostgresLiveFeed open(Database database) {
    Objects.requireNonNull(database, "database");
    if (!database.settings().isPostgres()) {
      throw new IllegalArgumentException("LISTEN/NOTIFY needs PostgreSQL");
    }
    String schema = Failures.withHandle(database.jdbi(),
        h -> h.createQuery("SELECT current_schema()").mapTo(String.class).one());
    PostgresLiveFeed feed = new PostgresLiveFeed(database, channelFor(schema));
    feed.listener.start();
    return feed;
  }

  /** A lower-case identifier PostgreSQL accepts unquoted (at most 63 bytes). */
  static String channelFor(String schema) {
    String name = "chris_live_" + schema.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    return name.length() <= 63 ? name : name.substring(0, 63);
  }

  @Override
  public void publish(LiveEvent event) {
    Objects.requireNonNull(event, "event");
    local.publish(event);
    Optional<LiveEventJson.Encoded> payload = LiveEventJson.encode(origin, event);
    if (payload.isEmpty()) {
      skipped.incrementAndGet();
      return;
    }
    if (payload.get().truncated()) {
      truncated.incrementAndGet();
    }
    try {
      sender.execute(() -> notifyOthers(payload.get().json()));
    } catch (RejectedExecutionException e) {
      dropped.incrementAndGet(); // backlog full (database slow or down) or feed closed
    }
  }

  private void notifyOthers(String json) {
    try {
      Failures.useHandle(jdbi, h -> h.createQuery("SELECT pg_notify(:channel, :payload)")
          .bind("channel", channel).bind("payload", json).mapTo(String.class).findOne());
      sent.incrementAndGet();
    } catch (PortException e) {
      dropped.incrementAndGet(); // a live view may miss an event; the call records still hold everything
    }
  }

  private void received(String payload) {
    Optional<LiveEventJson.Decoded> decoded = LiveEventJson.decode(payload);
    if (decoded.isEmpty()) {
      malformed.incrementAndGet();
    } else if (!decoded.get().origin().equals(origin)) {
      received.incrementAndGet();
      local.publish(decoded.get().event());
    }
  }

  @Override
  public Subscription subscribe(Consumer<LiveEvent> subscriber) {
    return local.subscribe(subscriber);
  }

  public Stats stats() {
    return new Stats(sent.get(), received.get(), truncated.get(), skipped.get(), dropped.get() + local.dropped(),
        malformed.get(), listener.reconnects(), listener.listening());
  }

  /** Listening again after {@code close()} is not possible; subscribers get nothing more. Idempotent. */
  @Override
  public void close() {
    listener.stop();
    sender.shutdown();
    local.close();
  }

  String channel() {
    return channel;
  }

  String applicationName() {
    return listener.applicationName();
  }

  /**
   * Counts since start: notifications sent and received from other instances, events cut to fit or skipped as too
   * large, events dropped (backlog full, database down), unreadable payloads, reconnections, and whether the
   * listening connection is up now.
   */
  public record Stats(long sent, long received, long truncated, long skipped, long dropped, long malformed,
      long reconnects, boolean listening) {}
}
