package app.chris.core.port;

import java.util.Objects;
import java.util.Optional;

/** A fact to add to the knowledge base; the store assigns id and time. */
public record NewKnowledgeFact(
    Optional<String> propertyId, String text, KnowledgeSource source, String createdBy, Optional<CallId> callId) {
  public NewKnowledgeFact {
    Objects.requireNonNull(propertyId, "propertyId");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a fact needs text");
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(callId, "callId");
  }
}
