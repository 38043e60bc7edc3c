package app.chris.adapters.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;

/** Builds the one {@link TwilioRestClient} the app shares (never the static {@code Twilio.init}). */
public final class TwilioRestClients {
  private TwilioRestClients() {}

  /** A client authenticated as the account, sending every request to {@code settings.apiBaseUrl()}. */
  public static TwilioRestClient create(TwilioSettings settings) {
    return new TwilioRestClient.Builder(settings.accountSid(), settings.authToken())
        .httpClient(new RebasedHttpClient(settings.apiBaseUrl(), new NetworkHttpClient()))
        .build();
  }
}
