package app.chris.app.config;

import java.net.URI;
import java.util.Objects;

/** xAI Grok, the fallback provider (OpenAI-compatible chat API). */
public record XaiSettings(String apiKey, URI baseUrl, String model) {
  public static final String DEFAULT_BASE_URL = "https://api.x.ai/v1";
  public static final String DEFAULT_MODEL = "grok-3-mini";

  public XaiSettings {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(model, "model");
  }

  @Override
  public String toString() {
    return "XaiSettings[apiKey=" + Secrets.redact(apiKey) + ", baseUrl=" + baseUrl + ", model=" + model + "]";
  }
}
