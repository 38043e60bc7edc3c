package app.chris.adapters.rentmanager;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * A WAPI12 client holding the process's one shared session (create ONE per company and give it to both
 * {@link RentManagerPortfolio} and {@link RentManagerPropertySystem}). Pages collections (206 + Link), reads
 * 404/204/empty as "none", waits out 429s, retries reads on 5xx and transport errors; writes are never blindly
 * replayed (callers re-check first). Thread-safe; blocking.
 */
public final class RentManagerClient {
  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
  private static final int MAX_PAGES = 10_000;

  private final RentManagerSettings settings;
  private final Exchanges exchanges;
  private final ObjectMapper json;
  private final int pageSize;
  private final RentManagerClient live;

  /** Production wiring: standard retries, pages of 1000 (Rent Manager's cap). */
  public static RentManagerClient create(RentManagerSettings settings, OkHttpClient shared) {
    return new RentManagerClient(settings, shared, RetryPolicy.standard(), 1000, Clock.systemUTC());
  }

  public RentManagerClient(
      RentManagerSettings settings, OkHttpClient shared, RetryPolicy retry, int pageSize, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    if (pageSize < 1 || pageSize > 1000) {
      throw new IllegalArgumentException("page size must be 1..1000");
    }
    this.json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    OkHttpClient http = shared.newBuilder().callTimeout(settings.requestTimeout()).build();
    RentManagerSession session = new RentManagerSession(settings, http, json);
    this.exchanges = new Exchanges(http, session, retry, clock, json);
    this.pageSize = pageSize;
    this.live = new RentManagerClient(settings, exchanges.live(settings.liveTimeout()), json, pageSize);
  }

  private RentManagerClient(RentManagerSettings settings, Exchanges exchanges, ObjectMapper json, int pageSize) {
    this.settings = settings;
    this.exchanges = exchanges;
    this.json = json;
    this.pageSize = pageSize;
    this.live = this;
  }

  /** The same session, bounded by the live timeout and without retries: for answers a caller waits on. */
  RentManagerClient live() {
    return live;
  }

  RentManagerSettings settings() {
    return settings;
  }

  ObjectMapper json() {
    return json;
  }

  /** How many logins this client has made; one per process unless a token expired. */
  public int logins() {
    return exchanges.session().logins();
  }

  /** Every row of a collection, following pages. */
  List<JsonNode> list(String resource, RentManagerQuery query) {
    HttpUrl.Builder first = resolve(settings.baseUrl(), resource).newBuilder();
    query.applyTo(first);
    first.setQueryParameter("pagesize", String.valueOf(pageSize)).setQueryParameter("pagenumber", "1");
    List<JsonNode> all = new ArrayList<>();
    HttpUrl url = first.build();
    for (int page = 1; url != null && page <= MAX_PAGES; page++) {
      Exchanges.Reply reply = exchanges.send(new Request.Builder().url(url).get(), true, "GET " + resource);
      List<JsonNode> rows = rows(reply);
      all.addAll(rows);
      url = next(url, reply, rows.size(), page);
    }
    return all;
  }

  /** One entity (or the first row of a reply); empty on 404. */
  Optional<JsonNode> get(String path, RentManagerQuery query) {
    HttpUrl.Builder url = resolve(settings.baseUrl(), path).newBuilder();
    query.applyTo(url);
    Exchanges.Reply reply = exchanges.send(new Request.Builder().url(url.build()).get(), true, "GET " + path);
    return rows(reply).stream().findFirst();
  }

  /** POSTs a JSON body once (429 and an expired token excepted, which Rent Manager never processed). */
  List<JsonNode> post(String path, Object body) {
    try {
      RequestBody content = RequestBody.create(json.writeValueAsString(body), JSON_TYPE);
      Request.Builder request = new Request.Builder().url(resolve(settings.baseUrl(), path)).post(content);
      return rows(exchanges.send(request, false, "POST " + path));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialise Rent Manager body", e);
    }
  }

  static HttpUrl resolve(URI base, String path) {
    String root = base.toString().replaceAll("/+$", "");
    return HttpUrl.get(root + (path.startsWith("/") ? path : "/" + path));
  }

  private HttpUrl next(HttpUrl current, Exchanges.Reply reply, int rows, int page) {
    if (reply.next().isPresent()) {
      // Follow the server's link, but only on our own host, so the token never travels elsewhere.
      HttpUrl link = current.resolve(reply.next().get());
      return link == null ? null
          : current.newBuilder().encodedPath(link.encodedPath()).encodedQuery(link.encodedQuery()).build();
    }
    // Without links, a full 206 page may still have a successor; with links, no "next" means the last page.
    boolean morePossible = !reply.linked() && reply.code() == 206 && rows >= pageSize;
    return morePossible ? current.newBuilder().setQueryParameter("pagenumber", String.valueOf(page + 1)).build()
        : null;
  }

  private List<JsonNode> rows(Exchanges.Reply reply) {
    if (reply.code() == 404 || reply.code() == 204 || reply.body().isBlank()) {
      return List.of();
    }
    try {
      JsonNode node = json.readTree(reply.body());
      List<JsonNode> rows = new ArrayList<>();
      if (node.isArray()) {
        node.forEach(rows::add);
      } else if (node.isObject()) {
        rows.add(node);
      }
      return rows;
    } catch (IOException e) {
      throw new PortException(FailureKind.UNAVAILABLE, "Rent Manager sent a body that is not JSON", e);
    }
  }
}
