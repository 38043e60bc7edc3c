package app.chris.app.config;

import java.net.URI;
import java.util.Objects;

/** SendGrid v3 mail send: key, sender address and host (tests point the host at a fake). */
public record SendGridSettings(String apiKey, String from, URI host) {
  public static final String DEFAULT_HOST = "https://api.sendgrid.com";

  public SendGridSettings {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(host, "host");
  }

  @Override
  public String toString() {
    return "SendGridSettings[apiKey=" + Secrets.redact(apiKey) + ", from=" + from + ", host=" + host + "]";
  }
}
