package app.chris.adapters.rentmanager;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * WAPI12 query options: {@code fields}, {@code embeds} and {@code filters} ("Field,op,value" joined by ";").
 * Filter values are percent-encoded so a comma or semicolon inside a value cannot split the filter.
 */
record RentManagerQuery(List<String> fields, List<String> embeds, List<String> filters) {
  static final RentManagerQuery NONE = new RentManagerQuery(List.of(), List.of(), List.of());

  RentManagerQuery {
    fields = List.copyOf(fields);
    embeds = List.copyOf(embeds);
    filters = List.copyOf(filters);
  }

  static RentManagerQuery embeds(String... paths) {
    return new RentManagerQuery(List.of(), List.of(paths), List.of());
  }

  /** Adds {@code field,op,value}; ops are Rent Manager's (eq, ne, ct, in, ...). */
  RentManagerQuery filter(String field, String op, String value) {
    Objects.requireNonNull(value, "value");
    List<String> next = new ArrayList<>(filters);
    next.add(field + "," + op + "," + encode(value));
    return new RentManagerQuery(fields, embeds, next);
  }

  RentManagerQuery fields(String... names) {
    return new RentManagerQuery(List.of(names), embeds, filters);
  }

  void applyTo(HttpUrl.Builder url) {
    if (!fields.isEmpty()) {
      url.addQueryParameter("fields", String.join(",", fields));
    }
    if (!embeds.isEmpty()) {
      url.addQueryParameter("embeds", String.join(",", embeds));
    }
    if (!filters.isEmpty()) {
      url.addEncodedQueryParameter("filters", String.join(";", filters));
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
