package app.chris.app.dashboard;

import app.chris.core.port.CallId;
import app.chris.core.port.Property;
import app.chris.core.port.PropertyDirectory;
import java.time.ZoneId;
import java.util.List;

/** The read-only parts of the knowledge page: facts from the portfolio file and questions left for the office. */
final class KnowledgeSections {
  private KnowledgeSections() {}

  static String callLink(CallId id) {
    return "<a href=\"/dashboard/calls/" + Html.esc(Html.url(id.value())) + "\">" + Html.esc(id.value()) + "</a>";
  }

  static String portfolioFacts(PropertyDirectory directory) {
    StringBuilder out = new StringBuilder("<h2>From the portfolio</h2><p class=\"muted\">Change these by uploading "
        + "a portfolio file on the <a href=\"/dashboard/portfolio\">Portfolio</a> page.</p><div class=\"cards\">");
    out.append(factCard("Whole company", directory.company().facts()));
    for (Property p : directory.properties()) {
      List<String> facts = new java.util.ArrayList<>(p.facts());
      if (!p.amenities().isEmpty()) {
        facts.add("Amenities: " + String.join(", ", p.amenities()) + ".");
      }
      out.append(factCard(p.name(), facts));
    }
    return out.append("</div>").toString();
  }

  static String questions(List<KnowledgePage.Question> questions, ZoneId zone, boolean admin) {
    StringBuilder out = new StringBuilder("<h2>Questions Chris could not answer</h2><p class=\"muted\">Chris never "
        + "invents an answer: it tells the caller the office will follow up and records the question here (last "
        + KnowledgeRoutes.QUESTION_CALLS + " calls)." + (admin ? " Teach an answer above." : "") + "</p>");
    if (questions.isEmpty()) {
      return out.append("<p class=\"empty\">None recently.</p>").toString();
    }
    out.append("<div class=\"table-wrap\"><table><thead><tr><th>Question</th><th>When</th><th>Call</th></tr></thead>"
        + "<tbody>");
    for (KnowledgePage.Question q : questions) {
      out.append("<tr><td>").append(Html.esc(q.text())).append("</td><td>").append(Html.esc(Html.when(q.at(), zone)))
          .append("</td><td>").append(callLink(q.callId())).append("</td></tr>");
    }
    return out.append("</tbody></table></div>").toString();
  }

  private static String factCard(String title, List<String> facts) {
    StringBuilder out = new StringBuilder("<section class=\"card\"><h3>").append(Html.esc(title)).append("</h3>");
    if (facts.isEmpty()) {
      return out.append("<p class=\"empty\">No facts.</p></section>").toString();
    }
    out.append("<ul>");
    facts.forEach(f -> out.append("<li>").append(Html.esc(f)).append("</li>"));
    return out.append("</ul></section>").toString();
  }
}
