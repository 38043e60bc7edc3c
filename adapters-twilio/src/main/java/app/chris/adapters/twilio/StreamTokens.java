package app.chris.adapters.twilio;

/**
 * One-time tokens that tie a media-stream socket to the webhook that answered its call: minted for a CallSid,
 * put in the TwiML {@code <Parameter>}, redeemed once from the {@code start} frame. Implementations are
 * thread-safe; a database-backed store can replace the in-memory one when several servers share calls.
 */
public interface StreamTokens {
  /** A fresh, unguessable token bound to {@code callSid}. */
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
