package app.chris.testkit.rentmanager;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request as {@link FakeRentManagerServer} saw it: path as sent (case kept), decoded query parameters (names
 * lower-cased), the Rent Manager headers and the body.
 */
public record RecordedRentManagerRequest(
    String method,
    String path,
    Map<String, String> query,
    Optional<String> apiToken,
    Optional<String> partnerToken,
    Optional<String> locationId,
    String body) {

  public RecordedRentManagerRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    query = Map.copyOf(query);
    Objects.requireNonNull(apiToken, "apiToken");
    Objects.requireNonNull(partnerToken, "partnerToken");
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(body, "body");
  }

  public boolean is(String verb, String pathIgnoringCase) {
    return method.equals(verb) && path.equalsIgnoreCase(pathIgnoringCase);
  }
}
