package app.chris.adapters.sendgrid;

import java.net.URI;
import java.util.Objects;

/**
 * How to reach SendGrid's v3 Mail Send API. {@code host} is the API base, {@code https://api.sendgrid.com} in
 * production (or the EU host), {@code http://127.0.0.1:port} against a local fake. The key never appears in
 * {@link #toString()}.
 */
public record SendGridSettings(String apiKey, String from, URI host) {
  public static final URI DEFAULT_HOST = URI.create("https://api.sendgrid.com");

  public SendGridSettings {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(host, "host");
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException("SendGrid API key is blank");
    }
    if (!from.matches("[^@\\s]+@[^@\\s]+")) {
      throw new IllegalArgumentException("SendGrid from must be a plain email address: " + from);
    }
    if (!"https".equals(host.getScheme()) && !"http".equals(host.getScheme()) || host.getHost() == null) {
      throw new IllegalArgumentException("SendGrid host must be an http(s) URI with a host: " + host);
    }
    if (host.getRawPath() != null && !host.getRawPath().isEmpty() && !"/".equals(host.getRawPath())) {
      throw new IllegalArgumentException("SendGrid host takes no path (the client adds /v3/): " + host);
    }
  }

  /** Production settings against {@link #DEFAULT_HOST}. */
  public static SendGridSettings of(String apiKey, String from) {
    return new SendGridSettings(apiKey, from, DEFAULT_HOST);
  }

  /** sendgrid-java picks the scheme by a boolean ("test" = plain http), not from the host string. */
  boolean plainHttp() {
    return "http".equals(host.getScheme());
  }

  /** The host as sendgrid-java's {@code setHost} wants it: no scheme, port only when given. */
  String hostAndPort() {
    return host.getPort() == -1 ? host.getHost() : host.getHost() + ":" + host.getPort();
  }

  @Override
  public String toString() {
    return "SendGridSettings[apiKey=<redacted>, from=" + from + ", host=" + host + "]";
  }
}
