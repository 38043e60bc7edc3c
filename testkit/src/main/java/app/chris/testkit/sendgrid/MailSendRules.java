package app.chris.testkit.sendgrid;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

/** The subset of SendGrid's v3 Mail Send validation that catches real client bugs, with SendGrid's messages. */
final class MailSendRules {
  private MailSendRules() {}

  static Optional<SendGridReply> violation(JsonNode mail) {
    JsonNode personalizations = mail.path("personalizations");
    if (!personalizations.isArray() || personalizations.isEmpty()) {
      return bad("personalizations",
          "The personalizations field is required and must have at least one personalization.");
    }
    for (int i = 0; i < personalizations.size(); i++) {
      Optional<SendGridReply> problem = personalization(personalizations.get(i), i, mail);
      if (problem.isPresent()) {
        return problem;
      }
    }
    if (!mail.path("from").path("email").isTextual()) {
      return bad("from.email", "The from object must be provided for every email send. It is an object that "
          + "requires an email parameter, but may also contain a name parameter.");
    }
    if (mail.path("template_id").isMissingNode()) {
      return content(mail.path("content"));
    }
    return Optional.empty();
  }

  private static Optional<SendGridReply> personalization(JsonNode p, int index, JsonNode mail) {
    List<String> to = emails(p.path("to"));
    if (to.isEmpty()) {
      return bad("personalizations." + index + ".to", "The to array is required for all personalization objects, "
          + "and must have at least one email object with a valid email address.");
    }
    Set<String> seen = new HashSet<>();
    for (String address : to) {
      if (!seen.add(address.toLowerCase(Locale.ROOT))) {
        return bad("personalizations." + index, "Each email address in the personalization block should be "
            + "unique between to, cc, and bcc. We found the first duplicate instance of [" + address
            + "] in the personalizations." + index + ".to field.");
      }
    }
    boolean hasSubject = p.path("subject").isTextual() || mail.path("subject").isTextual();
    if (!hasSubject && mail.path("template_id").isMissingNode()) {
      return bad("subject", "The subject is required. You can get around this requirement if you use a template "
          + "with a subject defined or if every personalization has a subject defined.");
    }
    return Optional.empty();
  }

  private static Optional<SendGridReply> content(JsonNode content) {
    if (!content.isArray() || content.isEmpty()) {
      return bad("content", "Unless a valid template_id is provided, the content parameter is required. There must "
          + "be at least one defined content block. We typically suggest both text/plain and text/html blocks "
          + "are included, but only one block is required.");
    }
    List<String> types = StreamSupport.stream(content.spliterator(), false).map(c -> c.path("type").asText()).toList();
    int plain = types.indexOf("text/plain");
    int html = types.indexOf("text/html");
    if (plain > 0 || html >= 0 && html != (plain == 0 ? 1 : 0)) {
      return bad("content", "Following RFC 1341, section 7.2, if either text/html or text/plain are to be sent in "
          + "your email: text/plain needs to be first, followed by text/html, followed by any other content.");
    }
    return Optional.empty();
  }

  private static List<String> emails(JsonNode list) {
    return StreamSupport.stream(list.spliterator(), false).map(n -> n.path("email").asText(""))
        .filter(e -> !e.isBlank()).toList();
  }

  private static Optional<SendGridReply> bad(String field, String message) {
    return Optional.of(SendGridReply.badRequest(field, message));
  }
}
