package app.chris.testkit.rentmanager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fake's database: rows per collection (lower-case resource name, e.g. "tenants", "servicemanagerissues"),
 * each row a WAPI12-shaped object keyed by its {@code <Singular>ID}. Thread-safe (every method synchronized;
 * rows are deep-copied in and out).
 */
public final class RentManagerData {
  private final Map<String, List<ObjectNode>> rows = new HashMap<>();
  private final Map<String, String> idFields = new HashMap<>();
  private static final long FIRST_NEW_ID = 5001; // new ids start above every id in the sample data

  /** Declares a collection and the field holding its id. */
  public synchronized RentManagerData collection(String resource, String idField) {
    rows.putIfAbsent(key(resource), new ArrayList<>());
    idFields.put(key(resource), idField);
    return this;
  }

  public synchronized void add(String resource, ObjectNode row) {
    rows.computeIfAbsent(key(resource), k -> new ArrayList<>()).add(row.deepCopy());
  }

  /** Stores a posted row: a new id (unless it carries one that exists, which is an update) and CreateDate. */
  public synchronized ObjectNode save(String resource, ObjectNode posted) {
    String idField = idFields.getOrDefault(key(resource), "ID");
    ObjectNode row = posted.deepCopy();
    List<ObjectNode> list = rows.computeIfAbsent(key(resource), k -> new ArrayList<>());
    if (row.path(idField).canConvertToLong() && find(resource, row.path(idField).asLong()).isPresent()) {
      list.removeIf(r -> r.path(idField).asLong() == row.path(idField).asLong());
    } else {
      long highest = list.stream().mapToLong(r -> r.path(idField).asLong()).max().orElse(0);
      row.put(idField, Math.max(highest + 1, FIRST_NEW_ID));
      row.put("CreateDate", "2026-05-01T10:15:00");
    }
    list.add(row);
    return row.deepCopy();
  }

  public synchronized List<ObjectNode> all(String resource) {
    List<ObjectNode> copy = new ArrayList<>();
    rows.getOrDefault(key(resource), List.of()).forEach(r -> copy.add(r.deepCopy()));
    return copy;
  }

  public synchronized Optional<ObjectNode> find(String resource, long id) {
    String idField = idFields.getOrDefault(key(resource), "ID");
    return rows.getOrDefault(key(resource), List.of()).stream().filter(r -> r.path(idField).asLong() == id)
        .findFirst().map(ObjectNode::deepCopy);
  }

  /** Rows of {@code resource} whose {@code field} equals {@code value} (e.g. notes by ParentID). */
  public synchronized List<ObjectNode> where(String resource, String field, long value) {
    List<ObjectNode> copy = new ArrayList<>();
    for (ObjectNode r : rows.getOrDefault(key(resource), List.of())) {
      JsonNode v = r.path(field);
      if (v.canConvertToLong() && v.asLong() == value) {
        copy.add(r.deepCopy());
      }
    }
    return copy;
  }

  public synchronized boolean has(String resource) {
    return rows.containsKey(key(resource));
  }

  /** Drops the portfolio collections (properties, units, tenants) for a fresh load; writes and lookups stay. */
  public synchronized void clearPortfolio() {
    for (String r : List.of("properties", "units", "tenants")) {
      rows.put(r, new ArrayList<>());
    }
  }

  private static String key(String resource) {
    return resource.toLowerCase(Locale.ROOT);
  }
}
