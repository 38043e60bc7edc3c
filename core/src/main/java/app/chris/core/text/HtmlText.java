package app.chris.core.text;

/**
 * Escapes text for HTML element content and attribute values. Caller speech reaches transcript emails and the
 * dashboard verbatim, so every dynamic value in HTML goes through here. Stateless.
 */
public final class HtmlText {
  private HtmlText() {}

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
