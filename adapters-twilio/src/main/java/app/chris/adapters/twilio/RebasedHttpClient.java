package app.chris.adapters.twilio;

import com.twilio.http.HttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * twilio-java 11 has no base-URL setting: its resources build {@code https://api.twilio.com/...} themselves.
 * This HttpClient copies each request onto {@code baseUrl} + the original path (+ query) and hands it to the
 * real client, so {@code TWILIO_API_BASE_URL} can point at a fake or a proxy. Thread-safe if the delegate is.
 */
final class RebasedHttpClient extends HttpClient {
  private final String baseUrl;
  private final HttpClient delegate;

  RebasedHttpClient(URI baseUrl, HttpClient delegate) {
    String base = Objects.requireNonNull(baseUrl, "baseUrl").toString();
    this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public Response makeRequest(Request original) {
    return delegate.makeRequest(rebase(original));
  }

  Request rebase(Request original) {
    URI path = URI.create(original.getUrl());
    String query = path.getRawQuery() == null ? "" : "?" + path.getRawQuery();
    Request copy = new Request(original.getMethod(), baseUrl + path.getRawPath() + query);
    if (original.getAuthStrategy() != null) {
      copy.setAuth(original.getAuthStrategy());
    } else if (original.getUsername() != null) {
      copy.setAuth(original.getUsername(), original.getPassword());
    }
    copyParams(original.getQueryParams(), copy::addQueryParam);
    copyParams(original.getPostParams(), copy::addPostParam);
    copyParams(original.getHeaderParams(), copy::addHeaderParam);
    copy.setFormParameters(original.getFormParameters());
    copy.setContentType(original.getContentType());
    copy.setBody(original.getBody());
    copy.setUserAgentExtensions(original.getUserAgentExtensions());
    return copy;
  }

  private static void copyParams(Map<String, List<String>> params, ParamSink sink) {
    params.forEach((name, values) -> values.forEach(value -> sink.add(name, value)));
  }

  @FunctionalInterface
  private interface ParamSink {
    void add(String name, String value);
  }
}
