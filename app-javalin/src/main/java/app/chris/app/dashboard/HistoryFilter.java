package app.chris.app.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The history page's filters as the user typed them (kept for the form and the paging links). */
record HistoryFilter(
    Optional<String> from, Optional<String> to, Optional<String> text, Optional<String> intent,
    Optional<String> outcome) {

  /** The query string of these filters plus {@code extra} (e.g. the page cursor). */
  String query(Map<String, String> extra) {
    Map<String, String> all = new LinkedHashMap<>();
    from.ifPresent(v -> all.put("from", v));
    to.ifPresent(v -> all.put("to", v));
    text.ifPresent(v -> all.put("q", v));
    intent.ifPresent(v -> all.put("intent", v));
    outcome.ifPresent(v -> all.put("outcome", v));
    all.putAll(extra);
    return all.entrySet().stream().map(e -> e.getKey() + "=" + Html.url(e.getValue()))
        .collect(Collectors.joining("&"));
  }
}
