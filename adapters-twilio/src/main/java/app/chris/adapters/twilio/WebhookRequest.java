package app.chris.adapters.twilio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Twilio webhook as received, independent of the HTTP framework: request path, raw (still percent-encoded)
 * query string, decoded form fields (all of them: they are all signed) and the X-Twilio-Signature header.
 * For a GET webhook the fields live in the query (which is signed as part of the URL): pass an empty form.
 */
public record WebhookRequest(
    String path, Optional<String> rawQuery, Map<String, List<String>> form, Optional<String> signature) {
  public WebhookRequest {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rawQuery, "rawQuery");
    Objects.requireNonNull(signature, "signature");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    Objects.requireNonNull(form, "form").forEach((k, v) -> copy.put(k, List.copyOf(v)));
    form = Map.copyOf(copy);
  }

  /** Convenience for single-valued forms (the usual case). */
  public static WebhookRequest of(String path, Map<String, String> fields, Optional<String> signature) {
    Map<String, List<String>> form = new LinkedHashMap<>();
    fields.forEach((k, v) -> form.put(k, new ArrayList<>(List.of(v))));
    return new WebhookRequest(path, Optional.empty(), form, signature);
  }

  /** The first value of a form field, if present and not blank. */
  public Optional<String> field(String name) {
    List<String> values = form.getOrDefault(name, List.of());
    return values.isEmpty() || values.get(0).isBlank() ? Optional.empty() : Optional.of(values.get(0));
  }
}
