package app.chris.adapters.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;

/** Builds the one {@link TwilioRestClient} the app shares (never the static {@code Twilio.init}). */
public final class TwilioRestClients {
  private TwilioRestClients() {}

  /** A client authenticated as the account, sending every request to {@code settings.apiBaseUrl()}. */
  public static TwilioRestClient create(TwilioSettings settings) {
    initializeTwilioClass();
    return new TwilioRestClient.Builder(settings.accountSid(), settings.authToken())
        .httpClient(new RebasedHttpClient(settings.apiBaseUrl(), new NetworkHttpClient()))
        .build();
  }

  /**
   * {@code com.twilio.Twilio}'s static initializer registers a JVM shutdown hook, and requests load it lazily. If
   * the first request of the process is the hand-over of calls during shutdown, that fails ("shutdown in
   * progress") and the callers are cut off; so the class is initialized here, at start.
   */
  private static void initializeTwilioClass() {
    try {
      Class.forName("com.twilio.Twilio", true, TwilioRestClients.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("twilio-java is not on the class path", e);
    }
  }
}
