package app.chris.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.chris.core.port.CallId;
import app.chris.core.port.FailureKind;
import app.chris.core.port.Notice;
import app.chris.core.port.PortException;
import app.chris.core.port.ServiceRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordingFakesTest {
  private final ServiceRequest request = StoreSamples.request("SR-1", new CallId("c_1"), Instant.EPOCH);

  @Test
  void givenTheSameKeyTwice_createWorkOrder_returnsTheFirstIdAndWritesOnce() {
    RecordingPropertySystem system = new RecordingPropertySystem();

    String first = system.createWorkOrder(request, "k");
    String again = system.createWorkOrder(request, "k");

    assertThat(again).isEqualTo(first);
    assertThat(system.workOrders()).hasSize(1);
    assertThat(system.attempts()).isEqualTo(2);
  }

  @Test
  void givenScriptedFailures_calls_failThatManyTimesThenSucceed() {
    RecordingPropertySystem system = new RecordingPropertySystem();
    system.failNext(2, FailureKind.UNAVAILABLE);

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> system.createWorkOrder(request, "k"))
          .isInstanceOfSatisfying(PortException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.UNAVAILABLE));
    }
    assertThat(system.createWorkOrder(request, "k")).isEqualTo("WO-1");
  }

  @Test
  void givenFailingNotifier_send_recordsOnlyTheSendThatWentThrough() {
    RecordingNotifier notifier = new RecordingNotifier();
    Notice alert = new Notice.UrgentAlert(List.of("a@x.test"), "s", "b", Optional.empty());
    notifier.failNext(1, FailureKind.RATE_LIMITED);

    assertThatThrownBy(() -> notifier.send(alert, "k")).isInstanceOf(PortException.class);
    notifier.send(alert, "k");

    assertThat(notifier.sent()).containsExactly(new RecordingNotifier.Sent(alert, "k"));
    assertThat(notifier.attempts()).isEqualTo(2);
  }
}
