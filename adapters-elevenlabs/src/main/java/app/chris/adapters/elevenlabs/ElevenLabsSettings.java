package app.chris.adapters.elevenlabs;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach ElevenLabs: base URL ({@code https://api.elevenlabs.io}, or a local fake), API key (redacted in
 * {@link #toString()}), voice, model (Flash v2.5 by default: about 75 ms inference), keep-alive period, the
 * backoff for {@code system_busy} retries, and how long an utterance may go without any audio before its route
 * counts as stalled (a vendor that accepts text but never answers must not leave the caller in silence).
 */
public record ElevenLabsSettings(
    URI baseUrl, String apiKey, String voiceId, String modelId, Duration keepAlive, Duration retryBackoff,
    int maxRetries, Duration firstAudioTimeout) {
  public static final String FLASH_MODEL = "eleven_flash_v2_5";
  public static final String OUTPUT_FORMAT = "ulaw_8000";

  public ElevenLabsSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(voiceId, "voiceId");
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(keepAlive, "keepAlive");
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    Objects.requireNonNull(firstAudioTimeout, "firstAudioTimeout");
    if (apiKey.isBlank() || voiceId.isBlank() || modelId.isBlank()) {
      throw new IllegalArgumentException("apiKey, voiceId and modelId must not be blank");
    }
    if (keepAlive.isNegative() || keepAlive.isZero() || firstAudioTimeout.isNegative() || firstAudioTimeout.isZero()
        || maxRetries < 0) {
      throw new IllegalArgumentException("keepAlive and firstAudioTimeout must be positive, maxRetries not negative");
    }
  }

  /**
   * Production defaults: Flash v2.5, keep-alive every 10 s (as pipecat), 250 ms backoff doubling, 2 retries, and
   * 4 s without audio counting as a stall (Flash's first byte normally comes within a few hundred ms).
   */
  public static ElevenLabsSettings of(URI baseUrl, String apiKey, String voiceId) {
    return new ElevenLabsSettings(baseUrl, apiKey, voiceId, FLASH_MODEL, Duration.ofSeconds(10),
        Duration.ofMillis(250), 2, Duration.ofSeconds(4));
  }

  public ElevenLabsSettings withModel(String model) {
    return new ElevenLabsSettings(baseUrl, apiKey, voiceId, model,
        keepAlive, retryBackoff, maxRetries, firstAudioTimeout);
  }

  public ElevenLabsSettings withRetryBackoff(Duration backoff) {
    return new ElevenLabsSettings(baseUrl, apiKey, voiceId, modelId,
        keepAlive, backoff, maxRetries, firstAudioTimeout);
  }

  public ElevenLabsSettings withFirstAudioTimeout(Duration timeout) {
    return new ElevenLabsSettings(baseUrl, apiKey, voiceId, modelId, keepAlive, retryBackoff, maxRetries, timeout);
  }

  public ElevenLabsSettings withKeepAlive(Duration period) {
    return new ElevenLabsSettings(baseUrl, apiKey, voiceId, modelId,
        period, retryBackoff, maxRetries, firstAudioTimeout);
  }

  /**
   * Requests every ElevenLabs plan lets this model generate at once (the Free plan's limit, docs 2025-08): 4 for
   * Flash and Turbo, 2 for the others (Multilingual). More are queued or refused with 429.
   */
  public int leastPlanConcurrency() {
    return modelId.contains("flash") || modelId.contains("turbo") ? 4 : 2;
  }

  /**
   * The multi-context socket: ws(s) from http(s), {@code ulaw_8000}, auto_mode (we send whole sentences) and the
   * longest inactivity timeout (180 s) so a quiet caller does not cost a reconnect.
   */
  public URI socketUrl() {
    String scheme = "https".equals(baseUrl.getScheme()) ? "wss" : "ws";
    return URI.create(scheme + "://" + baseUrl.getRawAuthority() + path("multi-stream-input") + "?model_id="
        + modelId + "&output_format=" + OUTPUT_FORMAT + "&auto_mode=true&inactivity_timeout=180");
  }

  /** The HTTP streaming endpoint, used when the socket cannot be opened. */
  public URI streamUrl() {
    return baseUrl.resolve(path("stream") + "?output_format=" + OUTPUT_FORMAT);
  }

  /**
   * Names where audio comes from, for phrase-cache keys: host, voice, model and format, so audio from another
   * voice, model or server (a local fake in a demo) is never played as this one's.
   */
  public String voiceKey() {
    return baseUrl.getRawAuthority() + "/" + voiceId + "/" + modelId + "/" + OUTPUT_FORMAT;
  }

  private String path(String endpoint) {
    String base = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath().replaceAll("/+$", "");
    return base + "/v1/text-to-speech/" + voiceId + "/" + endpoint;
  }

  @Override
  public String toString() {
    return "ElevenLabsSettings[baseUrl=" + baseUrl + ", apiKey=***, voiceId=" + voiceId + ", modelId=" + modelId
        + ", keepAlive=" + keepAlive + ", retryBackoff=" + retryBackoff + ", maxRetries=" + maxRetries
        + ", firstAudioTimeout=" + firstAudioTimeout + "]";
  }
}
