package app.chris.testkit.sendgrid;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * A mail {@link FakeSendGridServer} accepted: the parsed v3 body, the request headers (lower-case names) and the
 * X-Message-Id it answered with. Accessors read the fields tests most often check.
 */
public record ReceivedMail(JsonNode body, Map<String, String> headers, String messageId) {
  public ReceivedMail {
    Objects.requireNonNull(body, "body");
    headers = Map.copyOf(headers);
    Objects.requireNonNull(messageId, "messageId");
  }

  /** The personalization's subject if set there, else the top-level one. */
  public String subject() {
    JsonNode own = body.path("personalizations").path(0).path("subject");
    return own.isTextual() ? own.asText() : body.path("subject").asText();
  }

  public List<String> to() {
    return StreamSupport.stream(body.path("personalizations").path(0).path("to").spliterator(), false)
        .map(n -> n.path("email").asText()).toList();
  }

  public String from() {
    return body.path("from").path("email").asText();
  }

  /** Content types in the order sent; SendGrid requires text/plain before text/html. */
  public List<String> contentTypes() {
    return StreamSupport.stream(body.path("content").spliterator(), false).map(n -> n.path("type").asText()).toList();
  }

  public Optional<String> content(String type) {
    return StreamSupport.stream(body.path("content").spliterator(), false)
        .filter(n -> type.equals(n.path("type").asText())).map(n -> n.path("value").asText()).findFirst();
  }

  public String text() {
    return content("text/plain").orElse("");
  }

  public String html() {
    return content("text/html").orElse("");
  }

  /** A custom_args value, top-level or in the first personalization. */
  public Optional<String> customArg(String name) {
    JsonNode top = body.path("custom_args").path(name);
    JsonNode own = body.path("personalizations").path(0).path("custom_args").path(name);
    return own.isTextual() ? Optional.of(own.asText()) : top.isTextual() ? Optional.of(top.asText()) : Optional.empty();
  }

  /** A header set in the mail body's {@code headers} object (it reaches the recipient), not an HTTP header. */
  public Optional<String> mailHeader(String name) {
    JsonNode value = body.path("headers").path(name);
    return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }
}
