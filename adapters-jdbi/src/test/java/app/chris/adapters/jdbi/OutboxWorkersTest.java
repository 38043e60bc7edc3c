package app.chris.adapters.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.outbox.OutboxSettings;
import app.chris.core.outbox.OutboxWorker;
import app.chris.core.port.CallId;
import app.chris.core.port.Effect;
import app.chris.core.port.OutboxMessage;
import app.chris.testkit.RecordingNotifier;
import app.chris.testkit.RecordingPropertySystem;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two instances' outbox workers polling one database at once: every row is delivered exactly once. */
class OutboxWorkersTest {
  private static final int ROWS = 120;
  private final Clock clock = Clock.systemUTC();
  private TestDb db;

  protected TestDb openDb() {
    return TestDb.h2();
  }

  @AfterEach
  void closeDb() {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void givenTwoInstancesWorkersPollingTogether_everyRowIsDeliveredExactlyOnce() throws Exception {
    db = openDb();
    JdbiOutbox outboxA = new JdbiOutbox(db.database(), clock);
    JdbiOutbox outboxB = new JdbiOutbox(db.openAnother(), clock);
    for (int i = 0; i < ROWS; i++) {
      CallId call = new CallId("c_" + i);
      (i % 2 == 0 ? outboxA : outboxB).enqueue(new OutboxMessage("note-" + i, Optional.of(call),
          new Effect.CallNote(call, Optional.empty(), "note-" + i)));
    }
    RecordingPropertySystem systemA = new RecordingPropertySystem();
    RecordingPropertySystem systemB = new RecordingPropertySystem();

    runTogether(worker(outboxA, systemA), worker(outboxB, systemB), worker(outboxA, systemA),
        worker(outboxB, systemB));

    List<String> delivered = Stream.concat(systemA.callNotes().stream(), systemB.callNotes().stream())
        .map(Effect.CallNote::note).toList();
    assertThat(delivered).hasSize(ROWS).doesNotHaveDuplicates();
    assertThat(outboxA.stats().sent()).isEqualTo(ROWS);
    assertThat(outboxB.stats().pending()).isZero();
  }

  private OutboxWorker worker(JdbiOutbox outbox, RecordingPropertySystem system) {
    OutboxSettings small = new OutboxSettings(3, Duration.ofSeconds(1), Duration.ofSeconds(5), 4,
        Duration.ofMinutes(5));
    return new OutboxWorker(outbox, new RecordingNotifier(), system, clock, small, RandomGenerator.getDefault());
  }

  /** Each worker runs batches until a run finds nothing due; all start at the same moment. */
  private static void runTogether(OutboxWorker... workers) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(workers.length);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (OutboxWorker worker : workers) {
        runs.add(pool.submit(() -> {
          start.await();
          int total = 0;
          for (int claimed = worker.runOnce(); claimed > 0; claimed = worker.runOnce()) {
            total += claimed;
          }
          return total;
        }));
      }
      start.countDown();
      int claimed = 0;
      for (Future<Integer> run : runs) {
        claimed += run.get();
      }
      assertThat(claimed).as("claims across all workers").isEqualTo(ROWS);
    } finally {
      pool.shutdownNow();
    }
  }
}
