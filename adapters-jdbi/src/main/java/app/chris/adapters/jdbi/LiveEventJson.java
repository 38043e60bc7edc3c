package app.chris.adapters.jdbi;

import app.chris.core.port.LiveEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The NOTIFY payload of a live event: {@code {"o":origin,"i":instance,"c":callId,"t":at,"k":kind,"f":{...}}}.
 * PostgreSQL refuses payloads of 8000 bytes or more, so long field values are cut (longest first) to fit.
 */
final class LiveEventJson {
  static final int MAX_BYTES = 7999;
  private static final int MAX_CUTS = 8;
  private static final String CUT_MARK = "…";

  private LiveEventJson() {}

  /** The payload, whether it had to be cut, or empty when even cutting every field cannot make it fit. */
  static Optional<Encoded> encode(String origin, LiveEvent event) {
    Map<String, String> fields = new HashMap<>(event.fields());
    for (int cut = 0; cut <= MAX_CUTS; cut++) {
      String json = Json.write(tree(origin, event, fields));
      int bytes = json.getBytes(StandardCharsets.UTF_8).length;
      if (bytes <= MAX_BYTES) {
        return Optional.of(new Encoded(json, cut > 0));
      }
      if (!shortenLongest(fields, bytes - MAX_BYTES)) {
        break;
      }
    }
    return Optional.empty();
  }

  /** The event and its origin, or empty for anything that is not a live event this version understands. */
  static Optional<Decoded> decode(String payload) {
    try {
      JsonNode n = Json.MAPPER.readTree(payload);
      Map<String, String> fields = new HashMap<>();
      Iterator<Map.Entry<String, JsonNode>> f = n.path("f").fields();
      while (f.hasNext()) {
        Map.Entry<String, JsonNode> e = f.next();
        fields.put(e.getKey(), e.getValue().asText());
      }
      LiveEvent event = new LiveEvent(n.path("i").asText(), n.path("c").asText(),
          Instant.parse(n.path("t").asText()), LiveEvent.Kind.valueOf(n.path("k").asText()), fields);
      return Optional.of(new Decoded(n.path("o").asText(), event));
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty(); // malformed, or a kind from a newer version during a rolling upgrade
    }
  }

  private static ObjectNode tree(String origin, LiveEvent event, Map<String, String> fields) {
    ObjectNode n = Json.object();
    n.put("o", origin).put("i", event.instance()).put("c", event.callId()).put("t", event.at().toString())
        .put("k", event.kind().name());
    ObjectNode f = n.putObject("f");
    fields.forEach(f::put);
    return n;
  }

  /** Cuts the longest value by at least {@code overflow} bytes; false if no value is left to cut. */
  private static boolean shortenLongest(Map<String, String> fields, int overflow) {
    Optional<Map.Entry<String, String>> longest = fields.entrySet().stream()
        .max(Map.Entry.comparingByValue((a, b) -> Integer.compare(utf8(a), utf8(b))));
    if (longest.isEmpty() || longest.get().getValue().length() <= CUT_MARK.length()) {
      return false;
    }
    String value = longest.get().getValue();
    int budget = Math.max(0, utf8(value) - overflow - utf8(CUT_MARK) - 8);
    fields.put(longest.get().getKey(), prefixWithin(value, budget) + CUT_MARK);
    return true;
  }

  /** The longest prefix of {@code text} that is at most {@code bytes} in UTF-8, never splitting a character. */
  private static String prefixWithin(String text, int bytes) {
    int used = 0;
    int end = 0;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (used + size > bytes) {
        break;
      }
      used += size;
      end += Character.charCount(cp);
    }
    return text.substring(0, end);
  }

  private static int utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  record Encoded(String json, boolean truncated) {}

  record Decoded(String origin, LiveEvent event) {}
}
