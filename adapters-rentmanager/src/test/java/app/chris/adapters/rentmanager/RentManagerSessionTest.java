package app.chris.adapters.rentmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import app.chris.testkit.rentmanager.FakeRentManagerServer;
import app.chris.testkit.rentmanager.FakeTokens;
import app.chris.testkit.rentmanager.RecordedRentManagerRequest;
import app.chris.testkit.rentmanager.RentManagerFault;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RentManagerSessionTest {
  private final FakeRentManagerServer fake = FakeRentManagerServer.start();

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void givenManyCallsFromManyThreads_calls_shareOneLogin() throws Exception {
    RentManagerClient client = Fixtures.client(fake);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        calls.add(pool.submit(() -> client.list("/Properties", RentManagerQuery.NONE).size()));
      }
      for (Future<Integer> call : calls) {
        assertThat(call.get()).isEqualTo(5);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(fake.tokens().logins()).isEqualTo(1);
    assertThat(fake.tokens().live()).isEqualTo(1);
  }

  @Test
  void givenExpiredToken_nextCall_logsInOnceMoreAndSucceeds() {
    RentManagerClient client = Fixtures.client(fake);
    client.list("/Properties", RentManagerQuery.NONE);
    fake.tokens().expireAll();

    assertThat(client.list("/Units", RentManagerQuery.NONE)).hasSize(10);
    assertThat(client.list("/Tenants", RentManagerQuery.NONE)).hasSize(6);
    assertThat(fake.tokens().logins()).isEqualTo(2);
  }

  @Test
  void givenTokenRefusedEvenAfterRelogin_call_failsAsAuthenticationAfterOneRelogin() {
    RentManagerClient client = Fixtures.client(fake);
    fake.faults().inject(2, "GET", "/Properties", new RentManagerFault.Status(401));

    assertThatThrownBy(() -> client.list("/Properties", RentManagerQuery.NONE))
        .isInstanceOfSatisfying(PortException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION));
    assertThat(fake.tokens().logins()).isEqualTo(2);
  }

  @Test
  void givenUserAlreadyHoldsTenTokens_anotherProcess_isRefusedWithAClearReason() {
    for (int i = 0; i < FakeTokens.MAX_TOKENS; i++) {
      Fixtures.client(fake).list("/Locations", RentManagerQuery.NONE);
    }
    RentManagerClient eleventh = Fixtures.client(fake);

    assertThatThrownBy(() -> eleventh.list("/Locations", RentManagerQuery.NONE))
        .isInstanceOfSatisfying(PortException.class, e -> {
          assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION);
          assertThat(e.getMessage()).contains("maximum number of tokens");
        });
  }

  @Test
  void givenPartnerToken_calls_carryItAndNeverLogIn() {
    RentManagerSettings settings = RentManagerSettings.partner(fake.baseUri(), FakeRentManagerServer.PARTNER_TOKEN)
        .withLocation(1);
    RentManagerClient client = Fixtures.client(settings, 1000);

    assertThat(client.list("/Tenants", RentManagerQuery.NONE)).hasSize(6);
    assertThat(fake.tokens().logins()).isZero();
    RecordedRentManagerRequest request = fake.requests().get(0);
    assertThat(request.partnerToken()).contains(FakeRentManagerServer.PARTNER_TOKEN);
    assertThat(request.apiToken()).isEmpty();
    assertThat(request.locationId()).contains("1");
  }

  @Test
  void givenWrongPartnerToken_call_failsAsAuthentication() {
    RentManagerClient client = Fixtures.client(RentManagerSettings.partner(fake.baseUri(), "wrong"), 1000);

    assertThatThrownBy(() -> client.list("/Tenants", RentManagerQuery.NONE))
        .isInstanceOfSatisfying(PortException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION));
  }

  @Test
  void givenLocation_loginAndEveryCall_sendTheLocation() {
    RentManagerClient client = Fixtures.client(Fixtures.settings(fake).withLocation(7), 1000);
    client.list("/Properties", RentManagerQuery.NONE);

    assertThat(fake.requests().get(0).body()).contains("\"LocationID\":7");
    assertThat(fake.requests().subList(1, fake.requests().size()))
        .allSatisfy(r -> assertThat(r.locationId()).contains("7"));
  }

  @Test
  void givenSecrets_settingsToString_redactsThem() {
    RentManagerSettings login = RentManagerSettings.login(URI.create("https://acme.api.rentmanager.com"), "api",
        "hunter2-secret");
    RentManagerSettings partner = RentManagerSettings.partner(URI.create("https://acme.api.rentmanager.com"),
        "partner-secret");

    assertThat(login.toString()).doesNotContain("hunter2-secret").contains("api");
    assertThat(partner.toString()).doesNotContain("partner-secret");
  }
}
