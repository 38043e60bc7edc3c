package app.chris.core.text;

import java.util.regex.Pattern;

/**
 * Makes a caller's own words fit to be said back: markup, script, SQL statements and code punctuation are dropped,
 * so a read-back never recites "{@code <script>}" or "DROP TABLE". The stored record keeps the original words
 * (bound parameters and escaping protect it); this is only for speech. Stateless.
 */
public final class Speakable {
  private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?(</\\1\\s*>|$)");
  private static final Pattern TAG = Pattern.compile("(?s)</?[A-Za-z!/?][^<>]*>?");
  private static final Pattern SQL = Pattern.compile("(?i)\\b(?:(?:drop|alter|truncate|create)\\s+(?:table|database)"
      + "|delete\\s+from|insert\\s+into|union\\s+(?:all\\s+)?select|select\\s+\\S+\\s+from|update\\s+\\w+\\s+set)"
      + "\\b[^.;!?]*");
  private static final Pattern ENTITY = Pattern.compile("&#?\\w{1,8};");
  private static final Pattern CALL = Pattern.compile("\\b\\w+\\([^()\\s]*\\)");
  private static final Pattern IDENTIFIER = Pattern.compile("\\b\\w*_\\w*\\b");
  private static final Pattern CODE = Pattern.compile("--+|[<>{}\\[\\]\\\\|;=`^~*]+|['\"]\\)+|\\(['\"]");
  private static final Pattern LOOSE_PUNCTUATION = Pattern.compile("\\s+([,.!?])|([,])(?:\\s*,)+|^[\\s,.)]+");

  private Speakable() {}

  /** {@code text} without markup or code, single-spaced; ordinary words and punctuation are kept. */
  public static String of(String text) {
    // Escaped markup is still markup: unescape the usual entities so the tag rules below see it.
    String t = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&apos;", "'").replace("&amp;", "&");
    t = SCRIPT.matcher(t).replaceAll(" ");
    t = TAG.matcher(t).replaceAll(" ");
    t = ENTITY.matcher(t).replaceAll(" ");
    t = SQL.matcher(t).replaceAll(" ");
    t = CALL.matcher(t).replaceAll(" ");
    t = IDENTIFIER.matcher(t).replaceAll(" ");
    t = CODE.matcher(t).replaceAll(" ");
    t = t.replaceAll("\\s+", " ").strip();
    return LOOSE_PUNCTUATION.matcher(t).replaceAll("$1$2").strip();
  }
}
