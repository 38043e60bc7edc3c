package app.chris.testkit.rentmanager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The fake's reading of WAPI12 query options: {@code filters} (eq ne ct sw ew in, on dotted paths; values
 * percent-decoded after splitting so an encoded comma stays in the value), {@code fields}, {@code embeds}
 * (embedded collections are left out unless asked for, like the real API) and 1-based paging.
 */
final class WapiQuery {
  private final Map<String, String> params;
  private final String rawFilters;

  private WapiQuery(Map<String, String> params, String rawFilters) {
    this.params = params;
    this.rawFilters = rawFilters;
  }

  static WapiQuery parse(String rawQuery) {
    Map<String, String> params = new HashMap<>();
    String filters = "";
    for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
      String raw = eq < 0 ? "" : pair.substring(eq + 1);
      if (name.equals("filters")) {
        filters = raw;
      }
      params.put(name, decode(raw));
    }
    return new WapiQuery(params, filters);
  }

  Map<String, String> params() {
    return params;
  }

  String rawFilters() {
    return rawFilters;
  }

  int pageSize(int max) {
    return Math.min(max, Math.max(1, Integer.parseInt(params.getOrDefault("pagesize", String.valueOf(max)))));
  }

  int pageNumber() {
    return Math.max(1, Integer.parseInt(params.getOrDefault("pagenumber", "1")));
  }

  Set<String> embeds() {
    String e = params.getOrDefault("embeds", params.getOrDefault("embed", ""));
    return new LinkedHashSet<>(Arrays.stream(e.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
  }

  Predicate<JsonNode> filter() {
    Predicate<JsonNode> all = r -> true;
    for (String clause : rawFilters.isEmpty() ? new String[0] : rawFilters.split(";")) {
      String[] parts = clause.split(",", 3);
      if (parts.length < 3) {
        throw new IllegalArgumentException("bad filter: " + decode(clause));
      }
      all = all.and(clause(decode(parts[0]), decode(parts[1]).toLowerCase(Locale.ROOT), parts[2]));
    }
    return all;
  }

  /** Removes embedded collections that were not asked for, then keeps only {@code fields} if given. */
  ObjectNode shape(ObjectNode row, List<String> embeddable) {
    Set<String> embeds = embeds();
    for (String e : embeddable) {
      if (!embeds.contains(e)) {
        row.remove(e);
      }
    }
    if (row.has("Contacts") && !embeds.contains("Contacts.PhoneNumbers")) {
      row.withArray("Contacts").forEach(c -> ((ObjectNode) c).remove("PhoneNumbers"));
    }
    String fields = params.getOrDefault("fields", "");
    if (!fields.isBlank()) {
      Set<String> keep = new LinkedHashSet<>(Arrays.asList(fields.split(",")));
      embeds.forEach(e -> keep.add(e.split("\\.")[0]));
      row.retain(keep);
    }
    return row;
  }

  private static Predicate<JsonNode> clause(String field, String op, String rawValue) {
    String value = decode(rawValue);
    return row -> {
      Optional<String> actual = text(row, field);
      String a = actual.orElse("").toLowerCase(Locale.ROOT);
      String v = value.toLowerCase(Locale.ROOT);
      switch (op) {
        case "eq": return actual.isPresent() && a.equals(v);
        case "ne": return !a.equals(v);
        case "ct": return a.contains(v);
        case "sw": return a.startsWith(v);
        case "ew": return a.endsWith(v);
        case "in": return Arrays.stream(rawValue.replaceAll("^\\(|\\)$", "").split(","))
            .map(s -> decode(s).toLowerCase(Locale.ROOT)).anyMatch(a::equals);
        default: throw new IllegalArgumentException("unsupported filter operator: " + op);
      }
    };
  }

  private static Optional<String> text(JsonNode row, String dotted) {
    JsonNode node = row;
    for (String part : dotted.split("\\.")) {
      node = node.path(part);
    }
    return node.isMissingNode() || node.isNull() ? Optional.empty() : Optional.of(node.asText());
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
