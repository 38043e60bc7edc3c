package app.chris.core.port;

import java.time.Duration;

/**
 * One-time tokens that tie a call's media stream to the webhook that answered the call: issued for a call id
 * (Twilio's CallSid), handed to the phone network with the answer, redeemed once when the stream starts. Shared by
 * every instance when the store is a database, so the stream may land on another server than the webhook.
 * Implementations are thread-safe and redemption is atomic: of any number of concurrent redemptions of one token,
 * at most one is {@link Redemption#ACCEPTED}.
 */
public interface StreamTokens {
  /** How long a token can be redeemed after it was issued. */
  Duration LIFETIME = Duration.ofSeconds(60);

  /** A fresh, unguessable, URL-safe token bound to {@code callSid}. */
  String issue(String callSid);

  /** Consumes the token; only the first redemption for the right call within its lifetime is accepted. */
  Redemption redeem(String token, String callSid);

  /** Why a token was (not) accepted; only {@link #ACCEPTED} lets a stream through. */
  enum Redemption {
    ACCEPTED,
    UNKNOWN,
    EXPIRED,
    ALREADY_USED,
    WRONG_CALL;

    public boolean accepted() {
      return this == ACCEPTED;
    }
  }
}
