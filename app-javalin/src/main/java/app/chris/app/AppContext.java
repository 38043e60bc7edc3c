package app.chris.app;

import app.chris.app.api.HttpApi;
import app.chris.app.api.Readiness;
import app.chris.app.api.TestCalls;
import app.chris.app.config.AppConfig;
import app.chris.app.dashboard.Dashboard;
import app.chris.app.dashboard.DashboardDeps;
import app.chris.app.live.LiveReporter;
import app.chris.app.metrics.ChrisMetrics;
import app.chris.app.phone.PhoneEdges;
import app.chris.app.phone.PhoneLine;
import app.chris.core.call.AssistantDependencies;
import app.chris.core.call.AssistantSettings;
import app.chris.core.call.VoiceAssistant;
import app.chris.core.port.LanguageModel;
import app.chris.core.port.LiveFeed;
import app.chris.core.routing.ModelLineup;
import app.chris.core.voice.VoiceWarmUp;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * Everything a running Chris is made of, built from configuration, stores and models: the assistant, the test
 * calls, readiness checks, the HTTP API, metrics and the dashboard, with every call reporting to one live feed.
 * {@link #close()} ends live calls, stops the dashboard and the feed, then releases the stores.
 */
public final class AppContext implements AutoCloseable {
  private final AppConfig config;
  private final String adminToken;
  private final Parts parts;
  private final AutoCloseable resources;

  /** What a context is made of, once built. */
  private record Parts(TestCalls testCalls, HttpApi api, PhoneLine phone, Dashboard dashboard, LiveFeed live,
      ChrisMetrics metrics) {}

  private AppContext(AppConfig config, String adminToken, Parts parts, AutoCloseable resources) {
    this.config = config;
    this.adminToken = adminToken;
    this.parts = parts;
    this.resources = resources;
  }

  /**
   * Wires the core over {@code stores}. {@code model} is the last resort of the model lineup (the offline engine in
   * production), and the whole lineup when no model vendor is configured (the embedded default). One OkHttpClient
   * is shared by every vendor adapter. {@code resources} is closed last on {@link #close()} (the database).
   */
  public static AppContext create(
      AppConfig config, Stores stores, LanguageModel model, Clock clock, AutoCloseable resources) {
    return create(config, stores, model, clock, resources, DashboardStores.inMemory(stores), new ChrisMetrics());
  }

  /**
   * Same, with the dashboard's accounts, live feed and portfolio import chosen by the caller ({@link Wiring}),
   * reporting into {@code metrics} (which the outbox worker's vendors already report to).
   */
  public static AppContext create(AppConfig config, Stores stores, LanguageModel model, Clock clock,
      AutoCloseable resources, DashboardStores dashboard, ChrisMetrics metrics) {
    OkHttpClient http = VendorHttp.client();
    return create(config, stores, ModelWiring.lineup(config.vendors(), http, model, clock), clock, resources,
        PhoneEdges.fromConfig(config, http), dashboard, metrics);
  }

  /** Same, with {@code model} as the whole lineup and the phone line's voice and ears given (tests, demo call). */
  public static AppContext create(AppConfig config, Stores stores, LanguageModel model, Clock clock,
      AutoCloseable resources, PhoneEdges phoneEdges) {
    return create(config, stores, ModelLineup.only(model), clock, resources, phoneEdges);
  }

  /** Same, with a whole model lineup given (tests of failover on the phone line). */
  public static AppContext create(AppConfig config, Stores stores, ModelLineup lineup, Clock clock,
      AutoCloseable resources, PhoneEdges phoneEdges) {
    return create(config, stores, lineup, clock, resources, phoneEdges, DashboardStores.inMemory(stores),
        new ChrisMetrics());
  }

  private static AppContext create(AppConfig config, Stores stores, ModelLineup lineup, Clock clock,
      AutoCloseable resources, PhoneEdges edges, DashboardStores dashboardStores, ChrisMetrics metrics) {
    Objects.requireNonNull(config, "config");
    String adminToken = config.adminToken().orElseGet(AdminTokens::generate);
    LiveReporter live = new LiveReporter(dashboardStores.live(), LiveReporter.instanceName(), clock, stores,
        stores.history()::recordTurn);
    ModelLineup models = metrics.meter(lineup);
    PhoneEdges phoneEdges = new PhoneEdges(edges.voice(), edges.ears().map(e -> metrics.meter("openai-realtime", e)));
    LanguageModel model = models.fast();
    AssistantDependencies deps = new AssistantDependencies(stores.directory(), stores.ledger(), stores.knowledge(),
        stores.serviceDesk(), metrics.meter(stores.callLog()), stores.outbox(), models, clock);
    VoiceAssistant assistant = new VoiceAssistant(deps, AssistantSettings.defaults());
    VoiceWiring.Voice voice = VoiceWiring.cached(config, phoneEdges, stores.directory(), clock);
    TestCalls testCalls = new TestCalls(assistant, stores.callLog(), clock, config.testCallIdleTimeout(), live);
    PhoneLine phone = new PhoneLine(config, assistant, stores.directory(), voice.edges(), stores.streamTokens(), clock,
        live);
    Readiness readiness = ReadinessWiring.readiness(config, stores, model, voice, phone);
    HttpApi api = new HttpApi(testCalls, stores.callLog(), stores.serviceDesk(), stores.knowledge(), readiness);
    watch(metrics, phone, testCalls, stores);
    Dashboard dashboard = new Dashboard(new DashboardDeps(config, adminToken, stores, dashboardStores, testCalls,
        readiness, phone, clock));
    return new AppContext(config, adminToken,
        new Parts(testCalls, api, phone, dashboard, dashboardStores.live(), metrics), () -> {
          voice.warmUp().ifPresent(VoiceWarmUp::close);
          resources.close();
        });
  }

  private static void watch(ChrisMetrics metrics, PhoneLine phone, TestCalls testCalls, Stores stores) {
    metrics.watchCalls(phone::liveCalls, testCalls::liveCount);
    metrics.watchOutbox(stores.outbox());
    metrics.watchCount("chris_media_frames_malformed_total", "Media-stream frames refused as malformed.",
        () -> phone.counters().malformedTotal());
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
    return parts.testCalls();
  }

  public HttpApi api() {
    return parts.api();
  }

  public PhoneLine phone() {
    return parts.phone();
  }

  public Dashboard dashboard() {
    return parts.dashboard();
  }

  /** The feed every call of this server reports to (the dashboard's live page watches it). */
  public LiveFeed liveFeed() {
    return parts.live();
  }

  /** What {@code /metrics} reports for this instance. */
  public ChrisMetrics metrics() {
    return parts.metrics();
  }

  /**
   * SIGTERM, before {@link #close()}: stop giving new calls to Chris (they go to the office and {@code /ready} says
   * so), let calls in progress finish for up to {@code drain}, then put the rest through to the office.
   */
  public void drain(Duration drain) throws InterruptedException {
    CallDrain.drain(parts.phone(), drain);
  }

  @Override
  public void close() throws Exception {
    try {
      parts.phone().close();
      parts.testCalls().endAll();
    } finally {
      try {
        parts.dashboard().close();
        parts.live().close();
      } finally {
        resources.close();
      }
    }
  }
}
