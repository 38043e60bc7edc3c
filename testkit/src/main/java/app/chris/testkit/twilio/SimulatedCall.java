package app.chris.testkit.twilio;

import java.net.URI;
import java.util.Objects;

/**
 * Who calls whom and where: {@code serverUrl} is where the server really listens (http://127.0.0.1:port);
 * {@code publicBaseUrl} is its configured {@code PUBLIC_BASE_URL}, which Twilio signs over (like a tunnel).
 */
public record SimulatedCall(
    URI serverUrl, String publicBaseUrl, TwilioAccount account, String callSid, String from, String to) {
  public SimulatedCall {
    Objects.requireNonNull(serverUrl, "serverUrl");
    Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(callSid, "callSid");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** A Twilio account: its SID and the auth token that signs its webhooks. */
  public record TwilioAccount(String accountSid, String authToken) {
    public TwilioAccount {
      Objects.requireNonNull(accountSid, "accountSid");
      Objects.requireNonNull(authToken, "authToken");
    }

    @Override
    public String toString() {
      return "TwilioAccount[accountSid=" + accountSid + ", authToken=***]";
    }
  }
}
