package app.chris.adapters.twilio;

import app.chris.core.port.StreamTokens;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides from the {@code start} frame whether a media socket may reach Chris: our account, phone μ-law, and a
 * one-time token minted for exactly this CallSid. Check it before opening any model or voice session (an
 * unauthenticated media socket is toll fraud). Thread-safe.
 */
public final class StreamAdmission {
  private final StreamTokens tokens;
  private final Optional<String> accountSid;

  public StreamAdmission(StreamTokens tokens, Optional<String> accountSid) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
  }

  public Verdict admit(InboundFrame.Start start) {
    if (accountSid.isPresent() && !accountSid.get().equals(start.accountSid())) {
      return Verdict.FOREIGN_ACCOUNT;
    }
    if (!start.mediaFormat().isPhoneMulaw()) {
      return Verdict.UNSUPPORTED_FORMAT;
    }
    if (start.token().isEmpty()) {
      return Verdict.NO_TOKEN;
    }
    switch (tokens.redeem(start.token().get(), start.callSid())) {
      case ACCEPTED:
        return Verdict.ADMITTED;
      case EXPIRED:
        return Verdict.EXPIRED_TOKEN;
      case ALREADY_USED:
        return Verdict.USED_TOKEN;
      case WRONG_CALL:
        return Verdict.WRONG_CALL;
      default:
        return Verdict.UNKNOWN_TOKEN;
    }
  }

  /** Only {@link #ADMITTED} lets the stream through; everything else closes the socket. */
  public enum Verdict {
    ADMITTED, FOREIGN_ACCOUNT, UNSUPPORTED_FORMAT, NO_TOKEN, UNKNOWN_TOKEN, EXPIRED_TOKEN, USED_TOKEN, WRONG_CALL;

    public boolean admitted() {
      return this == ADMITTED;
    }
  }
}
