package app.chris.adapters.jdbi;

import app.chris.core.port.CallId;
import app.chris.core.port.KnowledgeFact;
import app.chris.core.port.KnowledgeSource;
import app.chris.core.port.KnowledgeStore;
import app.chris.core.port.NewKnowledgeFact;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link KnowledgeStore} on the {@code knowledge} table. Thread-safe. Facts are never deleted: retiring records
 * who and when, correcting also links the replacement. Every write bumps the shared {@code knowledge} version in
 * the same transaction. Ids are {@code K-<row id>}.
 */
public final class JdbiKnowledgeStore implements KnowledgeStore {
  private static final Pattern ID = Pattern.compile("K-(\\d{1,18})");
  private static final String COLUMNS = "id, property_id, fact_text, source, created_by, call_id, created_at, active";
  private final Jdbi jdbi;
  private final Clock clock;

  public JdbiKnowledgeStore(Database database, Clock clock) {
    this.jdbi = Objects.requireNonNull(database, "database").jdbi();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public List<KnowledgeFact> all() {
    return Failures.withHandle(jdbi, h -> h.createQuery("SELECT " + COLUMNS + " FROM knowledge ORDER BY id")
        .map(JdbiKnowledgeStore::map).list());
  }

  @Override
  public KnowledgeFact add(NewKnowledgeFact fact) {
    Objects.requireNonNull(fact, "fact");
    return Failures.inTransaction(jdbi, h -> insert(h, fact, Sql.now(clock)));
  }

  private static KnowledgeFact insert(Handle h, NewKnowledgeFact f, Instant now) {
    long rowId = h.createUpdate("INSERT INTO knowledge (property_id, fact_text, source, created_by, call_id, "
            + "created_at, active) VALUES (:propertyId, :text, :source, :createdBy, :callId, :now, TRUE)")
        .bind("propertyId", f.propertyId().orElse(null)).bind("text", f.text()).bind("source", f.source().name())
        .bind("createdBy", f.createdBy()).bind("callId", f.callId().map(CallId::value).orElse(null))
        .bind("now", Sql.time(now))
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    Versions.bump(h, Versions.KNOWLEDGE);
    return new KnowledgeFact("K-" + rowId, f.propertyId(), f.text(), f.source(), f.createdBy(), f.callId(), now,
        true);
  }

  @Override
  public Optional<KnowledgeFact> retire(String factId, String retiredBy) {
    Objects.requireNonNull(retiredBy, "retiredBy");
    return rowId(factId).flatMap(id -> Failures.inTransaction(jdbi, h -> retire(h, id, retiredBy, Sql.now(clock))));
  }

  private static Optional<KnowledgeFact> retire(Handle h, long id, String retiredBy, Instant now) {
    int changed = h.createUpdate("UPDATE knowledge SET active = FALSE, retired_by = :by, retired_at = :now "
            + "WHERE id = :id AND active = TRUE")
        .bind("by", retiredBy).bind("now", Sql.time(now)).bind("id", id).execute();
    if (changed == 1) {
      Versions.bump(h, Versions.KNOWLEDGE);
    }
    return h.createQuery("SELECT " + COLUMNS + " FROM knowledge WHERE id = :id").bind("id", id)
        .map(JdbiKnowledgeStore::map).findOne();
  }

  @Override
  public Optional<KnowledgeFact> correct(String factId, String newText, String correctedBy, Optional<CallId> callId) {
    KnowledgeSource source = callId.isPresent() ? KnowledgeSource.ADMIN_PHONE : KnowledgeSource.DASHBOARD;
    return rowId(factId).flatMap(id -> Failures.inTransaction(jdbi, h -> {
      Instant now = Sql.now(clock);
      Optional<KnowledgeFact> old = retire(h, id, correctedBy, now);
      if (old.isEmpty()) {
        return Optional.<KnowledgeFact>empty();
      }
      KnowledgeFact fixed = insert(h, new NewKnowledgeFact(old.get().propertyId(), newText, source, correctedBy,
          callId), now);
      h.createUpdate("UPDATE knowledge SET replaced_by = :fixed WHERE id = :id")
          .bind("fixed", rowId(fixed.id()).orElseThrow()).bind("id", id).execute();
      return Optional.of(fixed);
    }));
  }

  @Override
  public long version() {
    return Failures.withHandle(jdbi, h -> Versions.read(h, Versions.KNOWLEDGE));
  }

  private static Optional<Long> rowId(String factId) {
    Matcher m = ID.matcher(factId);
    return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
  }

  private static KnowledgeFact map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new KnowledgeFact("K-" + rs.getLong("id"), Sql.optionalString(rs, "property_id"),
        rs.getString("fact_text"), KnowledgeSource.valueOf(rs.getString("source")), rs.getString("created_by"),
        Sql.optionalString(rs, "call_id").map(CallId::new), Sql.instant(rs, "created_at"), rs.getBoolean("active"));
  }
}
