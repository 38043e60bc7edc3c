package app.chris.app.dashboard;

import app.chris.core.port.CallId;
import app.chris.core.port.KnowledgeFact;
import app.chris.core.port.KnowledgeSource;
import app.chris.core.port.Property;
import app.chris.core.port.PropertyDirectory;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Renders the knowledge page: taught facts with their audit trail, portfolio facts, open questions. */
final class KnowledgePage {
  /** A question Chris could not answer, recorded on a call. */
  record Question(String text, CallId callId, Instant at) {}

  private final PropertyDirectory directory;
  private final ZoneId zone;
  private final boolean admin;
  private final String csrf;

  KnowledgePage(PropertyDirectory directory, ZoneId zone, boolean admin, String csrf) {
    this.directory = directory;
    this.zone = zone;
    this.admin = admin;
    this.csrf = csrf;
  }

  String render(List<KnowledgeFact> facts, List<Question> questions, String notice) {
    List<KnowledgeFact> newestFirst = facts.stream().sorted(Comparator.comparing(KnowledgeFact::createdAt)
        .reversed()).toList();
    StringBuilder out = new StringBuilder("<div class=\"head\"><h1>Knowledge</h1></div>").append(notice)
        .append("<p class=\"lede\">What Chris may tell callers beyond the portfolio. Taught facts take effect on "
            + "the next call; when a taught fact and the portfolio disagree, the newest taught fact wins.</p>");
    if (admin) {
      out.append(addForm());
    }
    out.append("<h2>Taught facts</h2>").append(table(newestFirst.stream().filter(KnowledgeFact::active).toList(),
        true));
    out.append("<details class=\"card\"><summary>Deactivated and corrected facts (audit trail)</summary>")
        .append(table(newestFirst.stream().filter(f -> !f.active()).toList(), false)).append("</details>");
    out.append(KnowledgeSections.portfolioFacts(directory));
    return out.append(KnowledgeSections.questions(questions, zone, admin)).toString();
  }

  private String addForm() {
    return "<form method=\"post\" action=\"/dashboard/knowledge\" class=\"card form-row\" id=\"add-fact\">"
        + Html.csrfField(csrf) + "<label class=\"grow\">New fact<textarea name=\"text\" id=\"fact-text\" rows=\"2\" "
        + "maxlength=\"" + KnowledgeRoutes.MAX_FACT + "\" required placeholder=\"The pool at Maple Court reopens on "
        + "June 1.\"></textarea></label><label>Applies to" + propertySelect() + "</label>"
        + "<button type=\"submit\" class=\"primary\">Teach Chris</button></form>";
  }

  private String propertySelect() {
    StringBuilder out = new StringBuilder("<select name=\"propertyId\"><option value=\"\">Whole company</option>");
    for (Property p : directory.properties()) {
      out.append("<option value=\"").append(Html.esc(p.id())).append("\">").append(Html.esc(p.name()))
          .append("</option>");
    }
    return out.append("</select>").toString();
  }

  private String table(List<KnowledgeFact> facts, boolean active) {
    if (facts.isEmpty()) {
      return "<p class=\"empty\">" + (active ? "Nothing taught yet." : "None.") + "</p>";
    }
    StringBuilder out = new StringBuilder("<div class=\"table-wrap\"><table class=\"facts\"><thead><tr><th>Fact</th>"
        + "<th>Applies to</th><th>Taught by</th><th>When</th><th>From call</th>"
        + (admin && active ? "<th></th>" : "") + "</tr></thead><tbody>");
    for (KnowledgeFact f : facts) {
      out.append("<tr id=\"fact-").append(Html.esc(f.id())).append("\"><td class=\"fact-text\">")
          .append(Html.esc(f.text())).append("</td><td>").append(Html.esc(scope(f.propertyId()))).append("</td><td>")
          .append(Html.esc(f.createdBy())).append(' ').append(Html.badge(source(f.source()), "muted"))
          .append("</td><td>").append(Html.esc(Html.when(f.createdAt(), zone))).append("</td><td>")
          .append(f.callId().map(KnowledgeSections::callLink).orElse("<span class=\"muted\">–</span>"))
          .append("</td>");
      if (admin && active) {
        out.append("<td class=\"actions\">").append(correctForm(f))
            .append(Html.button("/dashboard/knowledge/" + f.id() + "/retire", "Deactivate", csrf, "danger"))
            .append("</td>");
      }
      out.append("</tr>");
    }
    return out.append("</tbody></table></div>").toString();
  }

  private String correctForm(KnowledgeFact f) {
    return "<details class=\"inline\"><summary class=\"button\">Correct</summary><form method=\"post\" action=\""
        + "/dashboard/knowledge/" + Html.esc(f.id()) + "/correct\">" + Html.csrfField(csrf)
        + "<textarea name=\"text\" rows=\"2\" required maxlength=\"" + KnowledgeRoutes.MAX_FACT + "\">"
        + Html.esc(f.text()) + "</textarea><button type=\"submit\" class=\"primary\">Save correction</button>"
        + "</form></details>";
  }

  private String scope(Optional<String> propertyId) {
    return propertyId.map(id -> directory.property(id).map(Property::name).orElse(id)).orElse("Whole company");
  }

  private static String source(KnowledgeSource source) {
    return switch (source) {
      case ADMIN_PHONE -> "by phone";
      case DASHBOARD -> "dashboard";
      case PORTFOLIO -> "portfolio";
    };
  }
}
