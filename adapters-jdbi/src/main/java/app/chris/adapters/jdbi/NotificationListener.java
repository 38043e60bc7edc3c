package app.chris.adapters.jdbi;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code LISTEN} on a dedicated connection (outside the pool, which would recycle it) on one daemon thread, handing
 * each payload to {@code sink}. A dropped connection is noticed (a read fails, or a check after a quiet spell) and
 * re-opened with backoff up to 30 s. Thread-safe: {@link #stop()} from any thread.
 */
final class NotificationListener {
  private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);
  private static final int POLL_MILLIS = 500;
  private static final Duration QUIET_CHECK = Duration.ofSeconds(10);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private final DatabaseSettings settings;
  private final String channel;
  private final Consumer<String> sink;
  private final String applicationName = "chris-live-" + UUID.randomUUID().toString().substring(0, 8);
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicBoolean listening = new AtomicBoolean();
  private final AtomicLong reconnects = new AtomicLong();
  private final Thread thread;

  NotificationListener(DatabaseSettings settings, String channel, Consumer<String> sink) {
    this.settings = settings;
    this.channel = channel;
    this.sink = sink;
    this.thread = new Thread(this::run, "chris-live-listen");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void run() {
    Duration backoff = Duration.ofMillis(250);
    while (running.get()) {
      try (Connection connection = connect()) {
        backoff = Duration.ofMillis(250);
        listen(connection);
      } catch (SQLException | RuntimeException e) {
        if (!running.get()) {
          break;
        }
        reconnects.incrementAndGet();
        log.warn("Live feed lost its database connection (SQLState {}); listening again in {} ms",
            e instanceof SQLException ? ((SQLException) e).getSQLState() : "none", backoff.toMillis());
      } finally {
        listening.set(false);
      }
      sleep(backoff);
      backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
    }
  }

  private void listen(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("LISTEN " + channel);
    }
    listening.set(true);
    PGConnection pg = connection.unwrap(PGConnection.class);
    long quietSince = System.nanoTime();
    while (running.get()) {
      PGNotification[] batch = pg.getNotifications(POLL_MILLIS);
      if (batch != null && batch.length > 0) {
        for (PGNotification n : batch) {
          sink.accept(n.getParameter());
        }
        quietSince = System.nanoTime();
      } else if (System.nanoTime() - quietSince > QUIET_CHECK.toNanos()) {
        // A silently dead network link never fails the read above; a round trip does.
        if (!connection.isValid(5)) {
          throw new SQLException("listening connection is no longer valid", "08006");
        }
        quietSince = System.nanoTime();
      }
    }
  }

  private Connection connect() throws SQLException {
    Properties props = new Properties();
    if (!settings.user().isEmpty()) {
      props.setProperty("user", settings.user());
    }
    if (!settings.password().isEmpty()) {
      props.setProperty("password", settings.password());
    }
    props.setProperty("ApplicationName", applicationName);
    props.setProperty("tcpKeepAlive", "true");
    return DriverManager.getConnection(settings.jdbcUrl(), props);
  }

  private void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.set(false);
    }
  }

  void stop() {
    running.set(false);
    thread.interrupt();
  }

  boolean listening() {
    return listening.get();
  }

  long reconnects() {
    return reconnects.get();
  }

  String applicationName() {
    return applicationName;
  }
}
