package app.chris.adapters.rentmanager;

import app.chris.core.port.CompanyProfile;
import app.chris.testkit.rentmanager.FakeRentManagerServer;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;

/** Clients wired to a fake server with test-sized timeouts and retry delays. */
final class Fixtures {
  static final OkHttpClient HTTP = new OkHttpClient();
  static final RetryPolicy FAST_RETRY = new RetryPolicy(5, Duration.ofMillis(2), Duration.ofSeconds(3));
  static final ZoneId ZONE = ZoneId.of("America/Chicago");

  private Fixtures() {}

  static RentManagerSettings settings(FakeRentManagerServer fake) {
    return RentManagerSettings.login(fake.baseUri(), FakeRentManagerServer.USER, FakeRentManagerServer.PASSWORD)
        .withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(3));
  }

  /**
   * A client that gives up after 400 ms, for stall faults. Warms the JVM's HTTP and JSON paths first with a
   * patient client (the first call in a fresh JVM can take seconds), so only the injected stall can time out.
   */
  static RentManagerClient impatientClient(FakeRentManagerServer fake) {
    client(fake).list("/Locations", RentManagerQuery.NONE);
    RentManagerClient impatient = client(settings(fake).withTimeouts(Duration.ofMillis(300), Duration.ofMillis(400)),
        1000);
    impatient.list("/Locations", RentManagerQuery.NONE);
    return impatient;
  }

  static RentManagerClient client(FakeRentManagerServer fake) {
    return client(settings(fake), 1000);
  }

  static RentManagerClient client(RentManagerSettings settings, int pageSize) {
    return new RentManagerClient(settings, HTTP, FAST_RETRY, pageSize, Clock.systemUTC());
  }

  static CompanyProfile company() {
    return new CompanyProfile("Oak Realty", "Chris", Optional.empty(), ZONE, List.of(), List.of(), List.of(),
        List.of());
  }

  static RentManagerPortfolio portfolio(RentManagerClient client) {
    return new RentManagerPortfolio(client, company(), List.of(), Clock.systemUTC());
  }

  static RentManagerPropertySystem propertySystem(RentManagerClient client) {
    return new RentManagerPropertySystem(client, Clock.systemUTC(), ZONE, FAST_RETRY);
  }
}
