package app.chris.app.dashboard;

import app.chris.app.DashboardStores;
import app.chris.app.Stores;
import app.chris.app.api.Readiness;
import app.chris.app.api.TestCalls;
import app.chris.app.config.AppConfig;
import app.chris.app.phone.PhoneLine;
import java.time.Clock;
import java.util.Objects;

/** Everything the dashboard reads and drives, gathered by {@link app.chris.app.AppContext}. */
public record DashboardDeps(
    AppConfig config,
    String adminToken,
    Stores stores,
    DashboardStores dashboard,
    TestCalls testCalls,
    Readiness readiness,
    PhoneLine phone,
    Clock clock) {

  public DashboardDeps {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(adminToken, "adminToken");
    Objects.requireNonNull(stores, "stores");
    Objects.requireNonNull(dashboard, "dashboard");
    Objects.requireNonNull(testCalls, "testCalls");
    Objects.requireNonNull(readiness, "readiness");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(clock, "clock");
  }
}
