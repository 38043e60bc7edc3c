package app.chris.app;

import app.chris.app.api.ComponentStatus;
import app.chris.app.api.HttpApi;
import app.chris.app.api.Readiness;
import app.chris.app.api.TestCalls;
import app.chris.app.config.AppConfig;
import app.chris.app.dashboard.Dashboard;
import app.chris.app.dashboard.DashboardDeps;
import app.chris.app.live.LiveReporter;
import app.chris.app.phone.PhoneEdges;
import app.chris.app.phone.PhoneLine;
import app.chris.core.call.AssistantDependencies;
import app.chris.core.call.AssistantSettings;
import app.chris.core.call.VoiceAssistant;
import app.chris.core.port.LanguageModel;
import app.chris.core.port.LiveFeed;
import app.chris.core.routing.ModelLineup;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * Everything a running Chris is made of, built from configuration, stores and models: the assistant, the test
 * calls, readiness checks, the HTTP API and the dashboard, with every call reporting to one live feed.
 * {@link #close()} ends live calls, stops the dashboard and the feed, then releases the stores.
 */
public final class AppContext implements AutoCloseable {
  private final AppConfig config;
  private final TestCalls testCalls;
  private final HttpApi api;
  private final AutoCloseable resources;
  private final String adminToken;
  private final PhoneLine phone;
  private final Dashboard dashboard;
  private final LiveFeed live;

  private AppContext(AppConfig config, String adminToken, TestCalls testCalls, HttpApi api, PhoneLine phone,
      Dashboard dashboard, LiveFeed live, AutoCloseable resources) {
    this.config = config;
    this.phone = phone;
    this.adminToken = adminToken;
    this.testCalls = testCalls;
    this.api = api;
    this.dashboard = dashboard;
    this.live = live;
    this.resources = resources;
  }

  /**
   * Wires the core over {@code stores}. {@code model} is the last resort of the model lineup (the offline engine in
   * production), and the whole lineup when no model vendor is configured (the embedded default). One OkHttpClient
   * is shared by every vendor adapter. {@code resources} is closed last on {@link #close()} (the database).
   */
  public static AppContext create(
      AppConfig config, Stores stores, LanguageModel model, Clock clock, AutoCloseable resources) {
    return create(config, stores, model, clock, resources, DashboardStores.inMemory(stores));
  }

  /** Same, with the dashboard's accounts, live feed and portfolio import chosen by the caller ({@link Wiring}). */
  public static AppContext create(AppConfig config, Stores stores, LanguageModel model, Clock clock,
      AutoCloseable resources, DashboardStores dashboard) {
    OkHttpClient http = new OkHttpClient();
    return create(config, stores, ModelWiring.lineup(config.vendors(), http, model), clock, resources,
        PhoneEdges.fromConfig(config, http), dashboard);
  }

  /** Same, with {@code model} as the whole lineup and the phone line's voice and ears given (tests, demo call). */
  public static AppContext create(AppConfig config, Stores stores, LanguageModel model, Clock clock,
      AutoCloseable resources, PhoneEdges phoneEdges) {
    return create(config, stores, ModelLineup.only(model), clock, resources, phoneEdges,
        DashboardStores.inMemory(stores));
  }

  private static AppContext create(AppConfig config, Stores stores, ModelLineup models, Clock clock,
      AutoCloseable resources, PhoneEdges phoneEdges, DashboardStores dashboardStores) {
    Objects.requireNonNull(config, "config");
    String adminToken = config.adminToken().orElseGet(AdminTokens::generate);
    LiveReporter live = new LiveReporter(dashboardStores.live(), LiveReporter.instanceName(), clock, stores,
        stores.history()::recordTurn);
    LanguageModel model = models.fast();
    AssistantDependencies deps = new AssistantDependencies(stores.directory(), stores.ledger(), stores.knowledge(),
        stores.serviceDesk(), stores.callLog(), stores.outbox(), models, clock);
    VoiceAssistant assistant = new VoiceAssistant(deps, AssistantSettings.defaults());
    TestCalls testCalls = new TestCalls(assistant, stores.callLog(), clock, config.testCallIdleTimeout(), live);
    Readiness readiness = new Readiness(List.of(
        new Readiness.Check("storage", () -> storageStatus(stores)),
        new Readiness.Check("model", () -> VendorStatus.model(config, model)),
        new Readiness.Check("voice", () -> VendorStatus.voice(config)),
        new Readiness.Check("propertySystem", () -> VendorStatus.propertySystem(config, stores.directory())),
        new Readiness.Check("email", () -> VendorStatus.email(config))));
    HttpApi api = new HttpApi(testCalls, stores.callLog(), stores.serviceDesk(), stores.knowledge(), readiness);
    PhoneLine phone = new PhoneLine(config, assistant, stores.directory(), phoneEdges, clock, live);
    Dashboard dashboard = new Dashboard(new DashboardDeps(config, adminToken, stores, dashboardStores, testCalls,
        readiness, phone, clock));
    return new AppContext(config, adminToken, testCalls, api, phone, dashboard, dashboardStores.live(), resources);
  }


  public AppConfig config() {
    return config;
  }

  /** The bearer token for {@code /api/*}: {@code ADMIN_TOKEN}, or one generated for this run. */
  public String adminToken() {
    return adminToken;
  }

  public boolean adminTokenGenerated() {
    return config.adminToken().isEmpty();
  }

  public TestCalls testCalls() {
    return testCalls;
  }

  public HttpApi api() {
    return api;
  }

  public PhoneLine phone() {
    return phone;
  }

  public Dashboard dashboard() {
    return dashboard;
  }

  /** The feed every call of this server reports to (the dashboard's live page watches it). */
  public LiveFeed liveFeed() {
    return live;
  }

  @Override
  public void close() throws Exception {
    try {
      phone.close();
      testCalls.endAll();
    } finally {
      try {
        dashboard.close();
        live.close();
      } finally {
        resources.close();
      }
    }
  }

  private static ComponentStatus storageStatus(Stores stores) {
    stores.callLog().recent(1);
    return ComponentStatus.up(stores.callLog().getClass().getSimpleName());
  }
}
