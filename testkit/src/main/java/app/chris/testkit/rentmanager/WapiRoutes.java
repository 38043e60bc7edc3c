package app.chris.testkit.rentmanager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The fake's resources: collection, instance and sub-collection GETs plus the writes Chris makes. */
final class WapiRoutes {
  static final int MAX_PAGE = 1000;
  private static final Map<String, List<String>> EMBEDDED = Map.of(
      "properties", List.of("Addresses", "UserDefinedValues"), "units", List.of("Addresses", "MarketRent"),
      "tenants", List.of("Contacts", "Leases", "Balance"));
  private static final Map<String, Set<String>> ALLOWED_EMBEDS = Map.of(
      "properties", Set.of("Addresses", "Addresses.AddressType", "PrimaryAddress", "PhoneNumbers", "Units",
          "UserDefinedValues"),
      "units", Set.of("Addresses", "PrimaryAddress", "UnitType", "Property", "Leases", "MarketRent",
          "UserDefinedValues", "CurrentOccupants"),
      "tenants", Set.of("Balance", "OpenBalance", "Contacts", "Contacts.PhoneNumbers", "Leases", "Leases.Unit",
          "Addresses", "Property", "HistoryNotes", "UserDefinedValues", "PrimaryContact"));

  private final RentManagerData data;
  private final String selfBase;

  WapiRoutes(RentManagerData data, String selfBase) {
    this.data = data;
    this.selfBase = selfBase;
  }

  WapiReply answer(RecordedRentManagerRequest request, String rawQuery) {
    if (request.method().equals("GET")) {
      return get(request.path(), WapiQuery.parse(rawQuery));
    }
    if (request.method().equals("POST")) {
      try {
        return post(request.path(), Rows.JSON.readTree(request.body().isBlank() ? "null" : request.body()));
      } catch (java.io.IOException e) {
        return WapiReply.error(400, "The request body is not valid JSON");
      }
    }
    return WapiReply.error(405, "The requested resource does not support http method '" + request.method() + "'.");
  }

  WapiReply get(String path, WapiQuery query) {
    String[] seg = segments(path);
    String resource = seg[0];
    for (String embed : query.embeds()) {
      if (ALLOWED_EMBEDS.containsKey(resource) && !ALLOWED_EMBEDS.get(resource).contains(embed)) {
        return WapiReply.error(400, "Invalid embed: " + embed);
      }
    }
    if (seg.length == 1 && data.has(resource)) {
      return list(path, resource, data.all(resource), query);
    }
    if (seg.length == 2 && data.has(resource) && seg[1].matches("\\d+")) {
      return data.find(resource, Long.parseLong(seg[1]))
          .map(r -> WapiReply.json(200, shape(resource, r, query).toString()))
          .orElse(WapiReply.error(404, "No " + resource + " with id " + seg[1]));
    }
    if (seg.length == 3 && seg[1].matches("\\d+")) {
      long id = Long.parseLong(seg[1]);
      if (resource.equals("tenants") && seg[2].equals("historynotes")) {
        return list(path, "historynotes", data.where("HistoryNotes", "ParentID", id), query);
      }
      if (resource.equals("prospects") && seg[2].equals("contacts")) {
        List<ObjectNode> contacts = data.where("Contacts", "ParentID", id).stream()
            .filter(c -> c.path("ParentType").asText().equalsIgnoreCase("Prospect")).toList();
        return list(path, "contacts", contacts, query);
      }
    }
    return WapiReply.error(404, "No HTTP resource was found that matches the request URI.");
  }

  WapiReply post(String path, JsonNode body) {
    String[] seg = segments(path);
    String route = String.join("/", seg);
    if (!body.isArray()) {
      return WapiReply.error(400, "Expected a JSON array of models");
    }
    switch (route) {
      case "servicemanagerissues": return saveAll("ServiceManagerIssues", body, IssueRules::check);
      case "prospects": return saveAll("Prospects", body, r -> null);
      case "contacts": return saveAll("Contacts", body, r -> null);
      case "tenants/historynotes":
        WapiReply saved = saveAll("HistoryNotes", body, this::checkNote);
        return saved.code() == 200 ? WapiReply.json(204, "") : saved;
      default: return WapiReply.error(404, "No HTTP resource was found that matches the request URI.");
    }
  }

  private String checkNote(ObjectNode note) {
    if (data.find("Tenants", note.path("ParentID").asLong()).isEmpty()) {
      return "ParentID is not a tenant";
    }
    note.put("EntityType", "Tenant");
    return null;
  }

  private WapiReply saveAll(String resource, JsonNode body, java.util.function.Function<ObjectNode, String> rule) {
    for (JsonNode item : body) {
      String problem = item.isObject() ? rule.apply((ObjectNode) item) : "not an object";
      if (problem == null && resource.equals("ServiceManagerIssues")) {
        problem = IssueRules.lookupsExist(data, item);
      }
      if (problem != null) {
        return WapiReply.error(400, problem);
      }
    }
    ArrayNode saved = Rows.JSON.createArrayNode();
    body.forEach(item -> saved.add(data.save(resource, (ObjectNode) item)));
    return WapiReply.json(200, saved.toString());
  }

  private WapiReply list(String path, String resource, List<ObjectNode> rows, WapiQuery query) {
    List<ObjectNode> matching;
    try {
      matching = rows.stream().filter(query.filter()).map(r -> shape(resource, r, query)).toList();
    } catch (IllegalArgumentException e) {
      return WapiReply.error(400, e.getMessage());
    }
    if (matching.isEmpty() && query.params().containsKey("filters")) {
      return WapiReply.error(404, "No records match the filter"); // what OVW documents for an empty filter
    }
    return Paging.page(selfBase + path, matching, query);
  }

  private static ObjectNode shape(String resource, ObjectNode row, WapiQuery query) {
    return query.shape(row, EMBEDDED.getOrDefault(resource, List.of()));
  }

  private static String[] segments(String path) {
    return path.toLowerCase(Locale.ROOT).replaceAll("^/+|/+$", "").split("/");
  }
}
