package app.chris.adapters.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.chris.core.port.CallId;
import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import app.chris.testkit.MutableClock;
import app.chris.testkit.StoreSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Database failures reach the core as PortException only, with no caller data in the message. */
class DatabaseFailureTest {
  private final MutableClock clock = MutableClock.startingNow();

  @Test
  void givenClosedDatabase_storeCalls_failWithPortExceptionNotJdbiTypes() {
    TestDb db = TestDb.h2();
    JdbiCallLog log = new JdbiCallLog(db.database(), clock);
    JdbiOutbox outbox = new JdbiOutbox(db.database(), clock);
    db.close();
    assertThatThrownBy(() -> log.save(StoreSamples.call("c_1", "+12175550101", clock.instant()), List.of()))
        .isInstanceOf(PortException.class).hasMessageNotContaining("+12175550101");
    assertThatThrownBy(() -> outbox.forCall(new CallId("c_1"))).isInstanceOf(PortException.class);
  }

  @Test
  void givenSqlStates_kind_marksConnectionLossAndDeadlocksRetryable() {
    assertThat(Failures.kind("08006")).isEqualTo(FailureKind.UNAVAILABLE);
    assertThat(Failures.kind("40001")).isEqualTo(FailureKind.UNAVAILABLE);
    assertThat(Failures.kind("HYT00")).isEqualTo(FailureKind.TIMEOUT);
    assertThat(Failures.kind("42S02")).isEqualTo(FailureKind.UNKNOWN);
  }
}
