package app.chris.app.dashboard;

import app.chris.core.text.HtmlText;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Escaping and small formatting helpers for server-rendered pages. Every dynamic value goes through {@link #esc}. */
final class Html {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, HH:mm", Locale.US);
  private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.US);

  private Html() {}

  static String esc(String text) {
    return HtmlText.escape(text);
  }

  /** A URL query value. */
  static String url(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  static String when(Instant at, ZoneId zone) {
    return WHEN.format(at.atZone(zone));
  }

  static String full(Instant at, ZoneId zone) {
    return FULL.format(at.atZone(zone));
  }

  /** "4m 05s", "37s". */
  static String duration(Duration d) {
    long s = Math.max(0, d.toSeconds());
    return s >= 60 ? (s / 60) + "m " + String.format(Locale.ROOT, "%02ds", s % 60) : s + "s";
  }

  /** A coloured label. {@code tone} is one of ok, warn, bad, info, muted. */
  static String badge(String text, String tone) {
    return "<span class=\"badge " + tone + "\">" + esc(text) + "</span>";
  }

  static String csrfField(String token) {
    return "<input type=\"hidden\" name=\"_csrf\" value=\"" + esc(token) + "\">";
  }

  /** A one-button form posting to {@code action} with the CSRF token. */
  static String button(String action, String label, String csrf, String cssClass) {
    return "<form method=\"post\" action=\"" + esc(action) + "\" class=\"inline\">" + csrfField(csrf)
        + "<button type=\"submit\" class=\"" + cssClass + "\">" + esc(label) + "</button></form>";
  }
}
