package app.chris.app.config;

import java.net.URI;
import java.util.Objects;

/** Twilio account (REST call control) and the auth token that validates webhook signatures. */
public record TwilioSettings(String accountSid, String authToken, URI apiBaseUrl) {
  public static final String DEFAULT_API_BASE_URL = "https://api.twilio.com";

  public TwilioSettings {
    Objects.requireNonNull(accountSid, "accountSid");
    Objects.requireNonNull(authToken, "authToken");
    Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
  }

  @Override
  public String toString() {
    return "TwilioSettings[accountSid=" + accountSid + ", authToken=" + Secrets.redact(authToken)
        + ", apiBaseUrl=" + apiBaseUrl + "]";
  }
}
