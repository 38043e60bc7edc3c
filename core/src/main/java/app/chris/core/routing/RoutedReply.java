package app.chris.core.routing;

import app.chris.core.port.ModelReply;
import java.util.Objects;

/**
 * A model's reply and which model gave it (after any failover): the rest of the turn stays with that model, so a
 * provider that just failed is not waited on again between a tool request and its follow-up.
 */
public record RoutedReply(ModelChoice answeredBy, ModelReply reply) {
  public RoutedReply {
    Objects.requireNonNull(answeredBy, "answeredBy");
    Objects.requireNonNull(reply, "reply");
  }
}
