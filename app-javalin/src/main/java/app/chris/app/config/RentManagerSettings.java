package app.chris.app.config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** Rent Manager WAPI: company base URL, integration user, optional partner token and the location to use. */
public record RentManagerSettings(
    URI baseUrl, String username, String password, Optional<String> partnerToken, int locationId,
    RentManagerNames names) {
  public static final int DEFAULT_LOCATION_ID = 1;

  public RentManagerSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(partnerToken, "partnerToken");
    Objects.requireNonNull(names, "names");
    if (locationId < 1) {
      throw new IllegalArgumentException("locationId must be positive");
    }
  }

  @Override
  public String toString() {
    return "RentManagerSettings[baseUrl=" + baseUrl + ", username=" + username + ", password="
        + Secrets.redact(password) + ", partnerToken=" + Secrets.redact(partnerToken) + ", locationId="
        + locationId + ", names=" + names + "]";
  }
}
