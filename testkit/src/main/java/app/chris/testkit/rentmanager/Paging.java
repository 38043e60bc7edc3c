package app.chris.testkit.rentmanager;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** WAPI12 paging: beyond one page the reply is 206 with {@code Link} (first/previous/next/last) and a total. */
final class Paging {
  private Paging() {}

  static WapiReply page(String selfUrl, List<ObjectNode> rows, WapiQuery query) {
    int size = query.pageSize(WapiRoutes.MAX_PAGE);
    int number = query.pageNumber();
    int pages = Math.max(1, (rows.size() + size - 1) / size);
    ArrayNode body = Rows.JSON.createArrayNode();
    rows.stream().skip((long) (number - 1) * size).limit(size).forEach(body::add);
    if (pages == 1) {
      return WapiReply.json(200, body.toString()).withHeader("X-Total-Results", String.valueOf(rows.size()));
    }
    StringBuilder link = new StringBuilder();
    append(link, selfUrl, query, 1, "first");
    if (number > 1) {
      append(link, selfUrl, query, number - 1, "previous");
    }
    if (number < pages) {
      append(link, selfUrl, query, number + 1, "next");
    }
    append(link, selfUrl, query, pages, "last");
    return WapiReply.json(206, body.toString()).withHeader("Link", link.toString())
        .withHeader("X-Total-Results", String.valueOf(rows.size()));
  }

  private static void append(StringBuilder link, String selfUrl, WapiQuery query, int page, String rel) {
    Map<String, String> params = new TreeMap<>(query.params());
    params.put("pagenumber", String.valueOf(page));
    String q = params.entrySet().stream().map(e -> e.getKey() + "="
        + (e.getKey().equals("filters") ? query.rawFilters() : encode(e.getValue())))
        .collect(Collectors.joining("&"));
    if (link.length() > 0) {
      link.append(", ");
    }
    link.append('<').append(selfUrl).append('?').append(q).append(">; rel=\"").append(rel).append('"');
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }
}
