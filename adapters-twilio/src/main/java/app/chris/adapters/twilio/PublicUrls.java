package app.chris.adapters.twilio;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The URLs Twilio uses to reach us, all derived from {@code PUBLIC_BASE_URL} (http(s) for webhooks, ws(s) for
 * the media stream). Immutable.
 */
public record PublicUrls(URI baseUrl) {
  public static final String VOICE = "/twilio/voice";
  public static final String MEDIA = "/twilio/media";
  public static final String CONNECT_ACTION = "/twilio/connect-action";
  public static final String DIAL_RESULT = "/twilio/dial-result";
  public static final String WHISPER = "/twilio/whisper";
  public static final String STATUS = "/twilio/status";
  /** The keypad-and-speech flow Chris serves when a call's ears cannot open (Twilio's own recognition). */
  public static final String GATHER = "/twilio/gather";
  /** Chris's synthesised phrases as WAV files for {@code <Play>}: {@code /twilio/phrases/{id}.wav}. */
  public static final String PHRASES = "/twilio/phrases";

  public PublicUrls {
    Objects.requireNonNull(baseUrl, "baseUrl");
    String scheme = baseUrl.getScheme();
    if (!"https".equals(scheme) && !"http".equals(scheme) || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("public base URL must be http(s)://host[:port][/prefix]: " + baseUrl);
    }
    if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
      throw new IllegalArgumentException("public base URL must not have a query or fragment: " + baseUrl);
    }
  }

  public static PublicUrls of(String baseUrl) {
    return new PublicUrls(URI.create(baseUrl));
  }

  /** The URL Twilio requested: base + path (+ ? + raw query exactly as received). */
  public String webhook(String path, Optional<String> rawQuery) {
    return trimmedBase() + path + rawQuery.filter(q -> !q.isEmpty()).map(q -> "?" + q).orElse("");
  }

  /** Same as {@link #webhook} with the scheme switched to ws/wss, as Twilio signs the WebSocket upgrade. */
  public String websocket(String path, Optional<String> rawQuery) {
    String scheme = "https".equals(baseUrl.getScheme()) ? "wss" : "ws";
    return scheme + webhook(path, rawQuery).substring(baseUrl.getScheme().length());
  }

  public String mediaStream() {
    return websocket(MEDIA, Optional.empty());
  }

  public String connectAction() {
    return webhook(CONNECT_ACTION, Optional.empty());
  }

  public String dialResult() {
    return webhook(DIAL_RESULT, Optional.empty());
  }

  public String gather() {
    return webhook(GATHER, Optional.empty());
  }

  /** Where one phrase's audio lives, unsigned: {@link PhraseLinks#url} adds the signature the route requires. */
  public String phrase(String id) {
    return webhook(PHRASES + "/" + id + ".wav", Optional.empty());
  }

  /** Where Twilio fetches the words said to the person who answers a transfer, before the caller is bridged. */
  public String whisper(String text) {
    return webhook(WHISPER, Optional.of("text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)));
  }

  private String trimmedBase() {
    String base = baseUrl.toString();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}
