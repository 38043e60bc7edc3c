package app.chris.core.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A fact Chris may tell callers beyond the portfolio, with its audit trail (who, when, from which call). */
public record KnowledgeFact(
    String id,
    Optional<String> propertyId,
    String text,
    KnowledgeSource source,
    String createdBy,
    Optional<CallId> callId,
    Instant createdAt,
    boolean active) {

  public KnowledgeFact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(propertyId, "propertyId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
