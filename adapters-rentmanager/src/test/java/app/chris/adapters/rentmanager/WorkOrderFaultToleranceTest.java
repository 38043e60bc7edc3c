package app.chris.adapters.rentmanager;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.PortException;
import app.chris.testkit.rentmanager.FakeRentManagerServer;
import app.chris.testkit.rentmanager.RentManagerFault;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Exactly one Rent Manager issue per work order, however the network and Rent Manager misbehave. */
class WorkOrderFaultToleranceTest {
  private static final int ORDERS = 100;
  private final FakeRentManagerServer fake = FakeRentManagerServer.start();

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void givenStallsAfterAcceptResetsErrorsRateLimitsAndExpiredTokens_hundredOrdersDeliveredTwice_fileHundredIssues()
      throws Exception {
    RentManagerPropertySystem system = Fixtures.propertySystem(Fixtures.impatientClient(fake));
    armFaults();

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> ids = new ArrayList<>();
      for (int i = 0; i < ORDERS; i++) {
        int n = i;
        ids.add(pool.submit(() -> deliverLikeTheOutbox(system, n)));
      }
      List<String> returned = new ArrayList<>();
      for (Future<String> id : ids) {
        returned.add(id.get());
      }
      List<ObjectNode> filed = fake.issues().stream()
          .filter(i -> i.path("Description").asText().contains("[Chris ref wo-")).toList();
      assertThat(filed).hasSize(ORDERS);
      Map<String, Long> perKey = filed.stream().collect(Collectors.groupingBy(
          i -> i.path("Description").asText().replaceAll("(?s).*\\[Chris ref (wo-\\d+)].*", "$1"),
          Collectors.counting()));
      assertThat(perKey).hasSize(ORDERS).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
      assertThat(returned).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(filed.stream().map(i -> i.path("ServiceManagerIssueID").asText())
              .toList());
      assertThat(fake.faults().pending()).isZero();
    } finally {
      pool.shutdownNow();
    }
  }

  /** The outbox retries a failed delivery later, and may deliver a success again (at-least-once). */
  private String deliverLikeTheOutbox(RentManagerPropertySystem system, int n) {
    if (n == ORDERS / 2) {
      fake.tokens().expireAll();
    }
    String key = "wo-" + n;
    String first = null;
    for (int attempt = 0; attempt < 20 && first == null; attempt++) {
      try {
        first = system.createWorkOrder(WorkOrders.leak("r" + n), key);
      } catch (PortException e) {
        assertThat(e.kind().retryable()).as("only transient failures expected").isTrue();
      }
    }
    String again = system.createWorkOrder(WorkOrders.leak("r" + n), key);
    assertThat(again).isEqualTo(first);
    return first;
  }

  private void armFaults() {
    List<Function<Integer, Void>> kinds = List.of(
        i -> arm("POST", new RentManagerFault.AcceptThenStall(Duration.ofMillis(900))),
        i -> arm("POST", new RentManagerFault.Reset()),
        i -> arm("POST", new RentManagerFault.Status(503)),
        i -> arm("GET", new RentManagerFault.Status(500)),
        i -> arm("GET", new RentManagerFault.Reset()),
        i -> arm("*", new RentManagerFault.RateLimited(Duration.ZERO)));
    for (int round = 0; round < 8; round++) {
      for (Function<Integer, Void> kind : kinds) {
        kind.apply(round);
      }
    }
  }

  private Void arm(String method, RentManagerFault fault) {
    fake.faults().inject(method, "/ServiceManagerIssues", fault);
    return null;
  }
}
