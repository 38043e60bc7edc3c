package app.chris.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.CallId;
import app.chris.core.port.Effect;
import app.chris.core.port.NewServiceRequest;
import app.chris.core.port.Outbox;
import app.chris.core.port.OutboxEntry;
import app.chris.core.port.ServiceDesk;
import app.chris.core.port.ServiceRequest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link ServiceDesk} must show: filing is idempotent on the key and queues one work order per
 * request in the outbox. Subclasses return a fresh, empty desk on {@link #clock} and the outbox it writes to.
 */
public abstract class ServiceDeskContract {
  protected final MutableClock clock = MutableClock.startingNow();
  private final CallId callId = new CallId("c_desk");
  private ServiceDesk desk;

  protected abstract ServiceDesk newServiceDesk();

  /** The outbox that the last desk from {@link #newServiceDesk()} queues work orders into. */
  protected abstract Outbox outbox();

  @BeforeEach
  void createStore() {
    desk = newServiceDesk();
  }

  @Test
  void givenNewRequest_file_returnsAnOpenRequestWithEveryFieldCopied() {
    NewServiceRequest asked = StoreSamples.newRequest("key-1", callId);
    ServiceRequest filed = desk.file(asked);
    assertThat(filed.id()).isNotBlank();
    assertThat(filed.callId()).isEqualTo(callId);
    assertThat(filed.propertyId()).contains("P100");
    assertThat(filed.unitId()).contains("U101");
    assertThat(filed.tenantId()).contains("T1001");
    assertThat(filed.category()).isEqualTo(asked.category());
    assertThat(filed.priority()).isEqualTo(asked.priority());
    assertThat(filed.description()).isEqualTo(asked.description());
    assertThat(filed.addressVerified()).isTrue();
    assertThat(filed.permissionToEnter()).isTrue();
    assertThat(filed.status()).isEqualTo("open");
    assertThat(filed.createdAt()).isEqualTo(clock.instant());
    assertThat(desk.find(filed.id())).contains(filed);
  }

  @Test
  void givenSameKeyTwice_file_returnsTheFirstRequestAndQueuesOneWorkOrder() {
    ServiceRequest first = desk.file(StoreSamples.newRequest("key-1", callId));
    clock.advance(Duration.ofSeconds(5));
    ServiceRequest again = desk.file(StoreSamples.newRequest("key-1", callId));
    assertThat(again).isEqualTo(first);
    assertThat(desk.recent(10)).containsExactly(first);
    assertThat(outbox().forCall(callId)).hasSize(1);
  }

  @Test
  void givenSameKeyFiledFromManyThreadsAtOnce_file_createsExactlyOneRequest() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      java.util.List<java.util.concurrent.Future<ServiceRequest>> filings = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        filings.add(pool.submit(() -> {
          start.await();
          return desk.file(StoreSamples.newRequest("same-key", callId));
        }));
      }
      start.countDown();
      java.util.Set<String> ids = new java.util.HashSet<>();
      for (java.util.concurrent.Future<ServiceRequest> f : filings) {
        ids.add(f.get().id());
      }
      assertThat(ids).hasSize(1);
      assertThat(desk.recent(10)).hasSize(1);
      assertThat(outbox().forCall(callId)).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void givenFiledRequest_outbox_holdsAWorkOrderCarryingIt() {
    ServiceRequest filed = desk.file(StoreSamples.newRequest("key-1", callId));
    assertThat(outbox().forCall(callId)).extracting(OutboxEntry::message)
        .extracting(m -> m.effect())
        .containsExactly(new Effect.WorkOrder(filed));
  }

  @Test
  void givenSeveralRequests_recent_returnsNewestFirstWithDistinctIds() {
    ServiceRequest a = desk.file(StoreSamples.newRequest("a", callId));
    clock.advance(Duration.ofSeconds(1));
    ServiceRequest b = desk.file(StoreSamples.newRequest("b", callId));
    clock.advance(Duration.ofSeconds(1));
    ServiceRequest c = desk.file(StoreSamples.newRequest("c", callId));
    assertThat(desk.recent(2)).containsExactly(c, b);
    assertThat(desk.recent(10)).containsExactly(c, b, a);
    assertThat(desk.recent(10)).extracting(ServiceRequest::id).doesNotHaveDuplicates();
  }

  @Test
  void givenRequestWithoutAddressOrTenant_file_keepsTheOptionalsEmpty() {
    NewServiceRequest unverified = new NewServiceRequest("k-unv", callId, Optional.empty(), Optional.empty(),
        Optional.empty(), "general", app.chris.core.port.Priority.LOW, "Caller could not give an address.",
        false, false);
    ServiceRequest filed = desk.file(unverified);
    assertThat(desk.find(filed.id())).contains(filed);
    assertThat(filed.propertyId()).isEmpty();
    assertThat(filed.addressVerified()).isFalse();
  }

  @Test
  void givenClockWithNanoseconds_file_returnsWhatFindReadsBackLater() {
    clock.set(MutableClock.DEFAULT_START.plusNanos(123_456_789));
    ServiceRequest filed = desk.file(StoreSamples.newRequest("nanos", callId));
    assertThat(desk.find(filed.id())).contains(filed);
  }

  @Test
  void givenLongIdempotencyKey_file_storesAndDeduplicatesIt() {
    String key = "c_" + "9".repeat(60) + ":maintenance:U101:" + "f".repeat(300);
    ServiceRequest first = desk.file(StoreSamples.newRequest(key, callId));
    assertThat(desk.file(StoreSamples.newRequest(key, callId))).isEqualTo(first);
    assertThat(outbox().forCall(callId)).hasSize(1);
  }

  @Test
  void givenUnknownId_find_isEmpty() {
    assertThat(desk.find("SR-404")).isEmpty();
    assertThat(desk.find("not an id")).isEmpty();
  }
}
