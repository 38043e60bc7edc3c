package app.chris.adapters.sendgrid;

import app.chris.core.text.HtmlText;
import java.util.List;
import java.util.Objects;

/**
 * One email as titled sections of lines, rendered once as text/plain and once as escaped text/html so the two
 * parts can never say different things.
 */
record RenderedMail(String subject, String category, List<Section> sections) {
  RenderedMail {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(category, "category");
    sections = List.copyOf(sections);
  }

  /** A titled block; an empty title renders the lines alone. */
  record Section(String title, List<String> lines) {
    Section {
      Objects.requireNonNull(title, "title");
      lines = List.copyOf(lines);
    }
  }

  String text() {
    StringBuilder out = new StringBuilder();
    for (Section s : sections) {
      if (!s.title().isEmpty()) {
        out.append(s.title()).append('\n').append("-".repeat(s.title().length())).append('\n');
      }
      s.lines().forEach(line -> out.append(line).append('\n'));
      out.append('\n');
    }
    return out.toString().stripTrailing() + "\n";
  }

  String html() {
    StringBuilder out = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
    for (Section s : sections) {
      if (!s.title().isEmpty()) {
        out.append("<h3>").append(HtmlText.escape(s.title())).append("</h3>");
      }
      for (String line : s.lines()) {
        out.append("<p style=\"margin:0 0 6px\">")
            .append(HtmlText.escape(line).replace("\n", "<br>"))
            .append("</p>");
      }
    }
    return out.append("</body></html>").toString();
  }

  /** Subjects are one line: a stray newline from a company name or alert text must not reach the header. */
  static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\t\\p{Cntrl}]+", " ").strip();
  }

  /**
   * A subject line with money amounts and phone-length digit runs masked. Subjects show in notification
   * previews and lock screens, so a balance or number that slipped into alert text stays in the body only.
   */
  static String safeSubject(String text) {
    return oneLine(text)
        .replaceAll("[$\u20ac\u00a3]\\s?\\d[\\d,]*(\\.\\d+)?", "[amount]")
        .replaceAll("\\+?\\d[\\d\\s().-]{5,}\\d", "[number]");
  }
}
