package app.chris.app.config;

import java.net.URI;
import java.util.Objects;

/** ElevenLabs voice: key, base URL ({@code https://api.elevenlabs.io}), voice and model. */
public record ElevenLabsSettings(String apiKey, URI baseUrl, String voiceId, String model) {
  public static final String DEFAULT_BASE_URL = "https://api.elevenlabs.io";
  public static final String DEFAULT_VOICE_ID = "21m00Tcm4TlvDq8ikWAM";
  public static final String DEFAULT_MODEL = "eleven_flash_v2_5";

  public ElevenLabsSettings {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(voiceId, "voiceId");
    Objects.requireNonNull(model, "model");
  }

  /** The multi-context stream socket for this voice, derived from the base URL. */
  public URI streamUrl() {
    String ws = baseUrl.getScheme().equals("https") ? "wss" : "ws";
    return URI.create(ws + baseUrl.toString().substring(baseUrl.getScheme().length())
        + "/v1/text-to-speech/" + voiceId + "/multi-stream-input");
  }

  @Override
  public String toString() {
    return "ElevenLabsSettings[apiKey=" + Secrets.redact(apiKey) + ", baseUrl=" + baseUrl + ", voiceId=" + voiceId
        + ", model=" + model + "]";
  }
}
