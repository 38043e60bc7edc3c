package app.chris.app;

import app.chris.app.api.ComponentStatus;
import app.chris.app.api.HttpApi;
import app.chris.app.api.Readiness;
import app.chris.app.api.TestCalls;
import app.chris.app.config.AppConfig;
import app.chris.app.metrics.ChrisMetrics;
import app.chris.app.phone.PhoneEdges;
import app.chris.app.phone.PhoneLine;
import app.chris.core.call.AssistantDependencies;
import app.chris.core.call.AssistantSettings;
import app.chris.core.call.VoiceAssistant;
import app.chris.core.port.LanguageModel;
import app.chris.core.routing.ModelLineup;
import app.chris.core.voice.VoiceWarmUp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * Everything a running Chris is made of, built from configuration, stores and models: the assistant, the test
 * calls, readiness checks and the HTTP API. {@link #close()} ends live test calls, then releases the stores.
 */
public final class AppContext implements AutoCloseable {
  private final AppConfig config;
  private final TestCalls testCalls;
  private final HttpApi api;
  private final AutoCloseable resources;
  private final String adminToken;
  private final PhoneLine phone;
  private final ChrisMetrics metrics;

  private AppContext(AppConfig config, TestCalls testCalls, HttpApi api, PhoneLine phone, AutoCloseable resources,
      ChrisMetrics metrics) {
    this.config = config;
    this.phone = phone;
    this.metrics = metrics;
    this.adminToken = config.adminToken().orElseGet(AdminTokens::generate);
    this.testCalls = testCalls;
    this.api = api;
    this.resources = resources;
  }

  /**
   * Wires the core over {@code stores}. {@code model} is the last resort of the model lineup (the offline engine in
   * production), and the whole lineup when no model vendor is configured (the embedded default). One OkHttpClient
   * is shared by every vendor adapter. {@code resources} is closed last on {@link #close()} (the database).
   */
  public static AppContext create(
      AppConfig config, Stores stores, LanguageModel model, Clock clock, AutoCloseable resources) {
    return create(config, stores, model, clock, resources, new ChrisMetrics());
  }

  /** Same, reporting into {@code metrics} (which the outbox worker's vendors already report to). */
  public static AppContext create(AppConfig config, Stores stores, LanguageModel model, Clock clock,
      AutoCloseable resources, ChrisMetrics metrics) {
    OkHttpClient http = new OkHttpClient();
    return create(config, stores, ModelWiring.lineup(config.vendors(), http, model), clock, resources,
        PhoneEdges.fromConfig(config, http), metrics);
  }

  /** Same, with {@code model} as the whole lineup and the phone line's voice and ears given (tests, demo call). */
  public static AppContext create(AppConfig config, Stores stores, LanguageModel model, Clock clock,
      AutoCloseable resources, PhoneEdges phoneEdges) {
    return create(config, stores, ModelLineup.only(model), clock, resources, phoneEdges, new ChrisMetrics());
  }

  private static AppContext create(AppConfig config, Stores stores, ModelLineup lineup, Clock clock,
      AutoCloseable resources, PhoneEdges edges, ChrisMetrics metrics) {
    Objects.requireNonNull(config, "config");
    ModelLineup models = metrics.meter(lineup);
    PhoneEdges phoneEdges = new PhoneEdges(edges.voice(), edges.ears().map(e -> metrics.meter("openai-realtime", e)));
    LanguageModel model = models.fast();
    AssistantDependencies deps = new AssistantDependencies(stores.directory(), stores.ledger(), stores.knowledge(),
        stores.serviceDesk(), metrics.meter(stores.callLog()), stores.outbox(), models, clock);
    VoiceAssistant assistant = new VoiceAssistant(deps, AssistantSettings.defaults());
    VoiceWiring.Voice voice = VoiceWiring.cached(config, phoneEdges, stores.directory());
    TestCalls testCalls = new TestCalls(assistant, stores.callLog(), clock, config.testCallIdleTimeout());
    Readiness readiness = new Readiness(List.of(
        new Readiness.Check("storage", () -> storageStatus(stores)),
        new Readiness.Check("model", () -> VendorStatus.model(config, model)),
        new Readiness.Check("voice", () -> VoiceWiring.status(config, voice.warmUp().map(VoiceWarmUp::status))),
        new Readiness.Check("propertySystem", () -> VendorStatus.propertySystem(config, stores.directory())),
        new Readiness.Check("email", () -> VendorStatus.email(config))));
    HttpApi api = new HttpApi(testCalls, stores.callLog(), stores.serviceDesk(), stores.knowledge(), readiness);
    PhoneLine phone = new PhoneLine(config, assistant, stores.directory(), voice.edges(), stores.streamTokens(), clock);
    metrics.watchCalls(phone::liveCalls, testCalls::liveCount);
    metrics.watchOutbox(stores.outbox());
    metrics.watchCount("chris_media_frames_malformed_total", "Media-stream frames refused as malformed.",
        () -> phone.counters().malformedTotal());
    return new AppContext(config, testCalls, api, phone, () -> {
      voice.warmUp().ifPresent(VoiceWarmUp::close);
      resources.close();
    }, metrics);
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

  /** What {@code /metrics} reports for this instance. */
  public ChrisMetrics metrics() {
    return metrics;
  }

  @Override
  public void close() throws Exception {
    try {
      phone.close();
      testCalls.endAll();
    } finally {
      resources.close();
    }
  }

  private static ComponentStatus storageStatus(Stores stores) {
    stores.callLog().recent(1);
    return ComponentStatus.up(stores.callLog().getClass().getSimpleName());
  }
}
