package app.chris.app.dashboard;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client that acts like a browser on the dashboard (same Origin header, no redirects). */
final class WebClient {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]*)\"");
  private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  String origin;

  WebClient(DashboardFixture fixture) {
    this(fixture.server.baseUrl());
  }

  WebClient(String baseUrl) {
    this.base = baseUrl;
    this.origin = baseUrl;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  HttpResponse<String> post(String path, Map<String, String> form) {
    String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Signs in through the real form (fetching it first for its CSRF cookie and field). */
  HttpResponse<String> login(String user, String password) {
    String form = get("/login").body();
    Matcher m = FORM_CSRF.matcher(form);
    if (!m.find()) {
      throw new AssertionError("no CSRF field on the login form");
    }
    return post("/login", Map.of("_csrf", m.group(1), "user", user, "password", password));
  }

  /** The signed-in session's CSRF token, read from a page. */
  String csrf() {
    Matcher m = CSRF.matcher(get("/dashboard/health").body());
    if (!m.find() || m.group(1).isEmpty()) {
      throw new AssertionError("not signed in");
    }
    return m.group(1);
  }

  String cookieHeader() {
    return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
