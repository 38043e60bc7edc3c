package app.chris.adapters.openai;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Connection settings for an OpenAI-compatible Chat Completions endpoint (OpenAI itself or xAI). {@code baseUrl}
 * includes {@code /v1}; the key is redacted from {@link #toString()}.
 */
public record OpenAiSettings(
    URI baseUrl,
    String apiKey,
    String model,
    Duration connectTimeout,
    Duration firstTokenTimeout,
    Duration overallDeadline) {

  public OpenAiSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(model, "model");
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException("apiKey is blank");
    }
    if (model.isBlank()) {
      throw new IllegalArgumentException("model is blank");
    }
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(firstTokenTimeout, "firstTokenTimeout");
    requirePositive(overallDeadline, "overallDeadline");
  }

  /** Voice-friendly defaults from the reference: connect 3 s, first token 2.5 s, whole turn 15 s. */
  public static OpenAiSettings forVoice(URI baseUrl, String apiKey, String model) {
    return new OpenAiSettings(
        baseUrl, apiKey, model, Duration.ofSeconds(3), Duration.ofMillis(2500), Duration.ofSeconds(15));
  }

  /** The Chat Completions endpoint under the base URL. */
  public URI chatCompletionsUrl() {
    String base = baseUrl.toString();
    return URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return "OpenAiSettings[baseUrl=" + baseUrl + ", apiKey=***, model=" + model
        + ", connectTimeout=" + connectTimeout + ", firstTokenTimeout=" + firstTokenTimeout
        + ", overallDeadline=" + overallDeadline + "]";
  }
}
