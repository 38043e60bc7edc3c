package app.chris.adapters.rentmanager;

import app.chris.core.port.Priority;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one company's Rent Manager database. Either a username and password (one shared login token) or
 * a partner token. Service Manager categories, priorities and statuses and the history category are given BY
 * NAME and resolved to ids through the API. {@code toString()} redacts secrets.
 */
public record RentManagerSettings(
    URI baseUrl,
    Optional<String> username,
    Optional<String> password,
    Optional<String> partnerToken,
    Optional<Integer> locationId,
    Duration syncInterval,
    Duration liveTimeout,
    Duration requestTimeout,
    IssueNames issueNames) {

  public RentManagerSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(partnerToken, "partnerToken");
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(syncInterval, "syncInterval");
    Objects.requireNonNull(liveTimeout, "liveTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(issueNames, "issueNames");
    if (partnerToken.isEmpty() && (username.isEmpty() || password.isEmpty())) {
      throw new IllegalArgumentException("Rent Manager needs a username and password, or a partner token");
    }
    if (syncInterval.isNegative() || syncInterval.isZero() || liveTimeout.isNegative() || liveTimeout.isZero()
        || requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("Rent Manager durations must be positive");
    }
  }

  /** User login with the usual defaults: sync every 5 minutes, 1.5 s live balance, 15 s per request. */
  public static RentManagerSettings login(URI baseUrl, String username, String password) {
    return new RentManagerSettings(baseUrl, Optional.of(username), Optional.of(password), Optional.empty(),
        Optional.empty(), Duration.ofMinutes(5), Duration.ofMillis(1500), Duration.ofSeconds(15),
        IssueNames.defaults());
  }

  /** Partner-token mode: no login, the static token rides on every request. */
  public static RentManagerSettings partner(URI baseUrl, String partnerToken) {
    return new RentManagerSettings(baseUrl, Optional.empty(), Optional.empty(), Optional.of(partnerToken),
        Optional.empty(), Duration.ofMinutes(5), Duration.ofMillis(1500), Duration.ofSeconds(15),
        IssueNames.defaults());
  }

  public RentManagerSettings withLocation(int location) {
    return new RentManagerSettings(baseUrl, username, password, partnerToken, Optional.of(location), syncInterval,
        liveTimeout, requestTimeout, issueNames);
  }

  public RentManagerSettings withTimeouts(Duration live, Duration request) {
    return new RentManagerSettings(baseUrl, username, password, partnerToken, locationId, syncInterval, live,
        request, issueNames);
  }

  public RentManagerSettings withSyncInterval(Duration interval) {
    return new RentManagerSettings(baseUrl, username, password, partnerToken, locationId, interval, liveTimeout,
        requestTimeout, issueNames);
  }

  public RentManagerSettings withIssueNames(IssueNames names) {
    return new RentManagerSettings(baseUrl, username, password, partnerToken, locationId, syncInterval,
        liveTimeout, requestTimeout, names);
  }

  @Override
  public String toString() {
    return "RentManagerSettings[baseUrl=" + baseUrl + ", username=" + username.orElse("-")
        + ", password=" + (password.isPresent() ? "***" : "-")
        + ", partnerToken=" + (partnerToken.isPresent() ? "***" : "-")
        + ", locationId=" + locationId.map(String::valueOf).orElse("default")
        + ", syncInterval=" + syncInterval + ", liveTimeout=" + liveTimeout
        + ", requestTimeout=" + requestTimeout + ", issueNames=" + issueNames + "]";
  }

  /**
   * Names (as spelled in this Rent Manager database) for what Chris writes. {@code categories} maps Chris's
   * category (case-insensitive) to a Service Manager category name; unmapped ones use the same name if the
   * database has it, else {@code defaultCategory}.
   */
  public record IssueNames(
      Map<String, String> categories,
      String defaultCategory,
      Map<Priority, String> priorities,
      String newStatus,
      String callNoteCategory) {

    public IssueNames {
      categories = Map.copyOf(categories);
      Objects.requireNonNull(defaultCategory, "defaultCategory");
      priorities = Map.copyOf(priorities);
      Objects.requireNonNull(newStatus, "newStatus");
      Objects.requireNonNull(callNoteCategory, "callNoteCategory");
      for (Priority p : Priority.values()) {
        if (!priorities.containsKey(p)) {
          throw new IllegalArgumentException("no Rent Manager priority name for " + p);
        }
      }
    }

    /** The names of the reference's sample database, which match Rent Manager's stock lists. */
    public static IssueNames defaults() {
      return new IssueNames(Map.of(), "General",
          Map.of(Priority.EMERGENCY, "Emergency", Priority.URGENT, "High", Priority.NORMAL, "Normal",
              Priority.LOW, "Low"),
          "New", "Phone Call");
    }
  }
}
