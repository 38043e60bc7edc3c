package app.chris.app.config;

import java.net.URI;
import java.util.Objects;

/** OpenAI: key, base URL (including {@code /v1}), the three model names and the ears' turn detection. */
public record OpenAiSettings(String apiKey, URI baseUrl, String realtimeModel, String fastModel, String strongModel,
    EarsSettings ears) {
  public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
  public static final String DEFAULT_REALTIME_MODEL = "gpt-realtime";
  public static final String DEFAULT_FAST_MODEL = "gpt-4.1-mini";
  public static final String DEFAULT_STRONG_MODEL = "gpt-4.1";

  public OpenAiSettings {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(realtimeModel, "realtimeModel");
    Objects.requireNonNull(fastModel, "fastModel");
    Objects.requireNonNull(strongModel, "strongModel");
    Objects.requireNonNull(ears, "ears");
  }

  /** The Realtime socket, derived from the base URL: {@code ws(s)://host/v1/realtime}. */
  public URI realtimeUrl() {
    String ws = baseUrl.getScheme().equals("https") ? "wss" : "ws";
    return URI.create(ws + baseUrl.toString().substring(baseUrl.getScheme().length()) + "/realtime");
  }

  @Override
  public String toString() {
    return "OpenAiSettings[apiKey=" + Secrets.redact(apiKey) + ", baseUrl=" + baseUrl + ", realtimeModel="
        + realtimeModel + ", fastModel=" + fastModel + ", strongModel=" + strongModel + ", ears=" + ears + "]";
  }
}
