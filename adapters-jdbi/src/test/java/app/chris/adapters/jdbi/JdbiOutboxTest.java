package app.chris.adapters.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.CallId;
import app.chris.core.port.Effect;
import app.chris.core.port.Outbox;
import app.chris.core.port.OutboxMessage;
import app.chris.testkit.OutboxContract;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbiOutboxTest extends OutboxContract {
  private TestDb db;

  protected TestDb openDb() {
    return TestDb.h2();
  }

  @Override
  protected Outbox newOutbox() {
    db = openDb();
    return new JdbiOutbox(db.database(), clock);
  }

  @Test
  void givenRowsClaimedByAProcessThatDied_releaseLeases_makesThemClaimableAtOnce() {
    JdbiOutbox jdbi = (JdbiOutbox) outbox;
    CallId call = new CallId("c_dead");
    outbox.enqueue(new OutboxMessage("c_dead:note", Optional.of(call), new Effect.CallNote(call, Optional.empty(), "n")));
    assertThat(outbox.claimDue(clock.instant(), clock.instant().plus(Duration.ofMinutes(5)), 10)).hasSize(1);

    assertThat(jdbi.releaseLeases()).isEqualTo(1);

    assertThat(outbox.claimDue(clock.instant(), clock.instant().plus(Duration.ofMinutes(5)), 10))
        .singleElement().satisfies(e -> assertThat(e.attempts()).isEqualTo(2));
  }

  @AfterEach
  void closeDb() {
    if (db != null) {
      db.close();
    }
  }
}
