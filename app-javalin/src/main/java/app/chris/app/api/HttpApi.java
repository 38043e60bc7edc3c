package app.chris.app.api;

import app.chris.core.port.CallLog;
import app.chris.core.port.KnowledgeStore;
import app.chris.core.port.ServiceDesk;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.util.function.Predicate;

/**
 * The HTTP surface of contracts/http-api.md on a Javalin config: health, readiness, bearer auth on
 * {@code /api/*}, test calls and records, with JSON errors everywhere. Thread-safe once configured.
 */
public final class HttpApi {
  /** Bodies beyond this are refused with 413; the API's requests are a few hundred bytes. */
  public static final long MAX_BODY_BYTES = 64 * 1024;

  private final TestCalls testCalls;
  private final CallLog callLog;
  private final ServiceDesk serviceDesk;
  private final KnowledgeStore knowledge;
  private final Readiness readiness;

  public HttpApi(TestCalls testCalls, CallLog callLog, ServiceDesk serviceDesk, KnowledgeStore knowledge,
      Readiness readiness) {
    this.testCalls = testCalls;
    this.callLog = callLog;
    this.serviceDesk = serviceDesk;
    this.knowledge = knowledge;
    this.readiness = readiness;
  }

  /** Whether a request to {@code /api/*} is authenticated (token or admitted session), without refusing it. */
  public static Predicate<Context> authenticated(String adminToken, Predicate<Context> session) {
    return new AdminAuth(adminToken, session)::admits;
  }

  public void configure(JavalinConfig cfg, String adminToken) {
    configure(cfg, adminToken, ctx -> false);
  }

  /** {@code session} admits a request to {@code /api/*} without the bearer token (a signed-in dashboard user). */
  public void configure(JavalinConfig cfg, String adminToken, Predicate<Context> session) {
    ObjectMapper mapper = new ObjectMapper();
    JsonBodies bodies = new JsonBodies(mapper);
    AdminAuth auth = new AdminAuth(adminToken, session);
    cfg.jsonMapper(new JavalinJackson(mapper, false));
    cfg.http.maxRequestSize = MAX_BODY_BYTES;
    cfg.routes.before("/api/*", auth::require);
    ErrorHandlers.register(cfg.routes);
    HealthRoutes.register(cfg.routes, readiness);
    new TestCallRoutes(testCalls, bodies).register(cfg.routes);
    new RecordRoutes(callLog, serviceDesk, knowledge, bodies).register(cfg.routes);
  }
}
