package app.chris.adapters.twilio;

import java.net.URI;
import java.util.Objects;

/**
 * Twilio account and endpoints: {@code TWILIO_ACCOUNT_SID}, {@code TWILIO_AUTH_TOKEN}, {@code TWILIO_API_BASE_URL}
 * (tests point it at a fake). The auth token is redacted from {@link #toString()}.
 */
public record TwilioSettings(String accountSid, String authToken, URI apiBaseUrl) {
  public static final URI DEFAULT_API_BASE_URL = URI.create("https://api.twilio.com");

  public TwilioSettings {
    Objects.requireNonNull(accountSid, "accountSid");
    Objects.requireNonNull(authToken, "authToken");
    Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
    if (accountSid.isBlank() || authToken.isBlank()) {
      throw new IllegalArgumentException("Twilio account SID and auth token are required");
    }
  }

  @Override
  public String toString() {
    return "TwilioSettings[accountSid=" + accountSid + ", authToken=***, apiBaseUrl=" + apiBaseUrl + "]";
  }
}
