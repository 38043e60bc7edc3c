package app.chris.adapters.twilio;

import app.chris.core.port.PhoneNumber;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A new inbound call as Twilio announced it on the voice webhook ({@code From}/{@code To} raw, e.g. "client:bob"). */
public record IncomingCall(String callSid, String accountSid, String from, String to, String streamToken) {
  public IncomingCall {
    Objects.requireNonNull(callSid, "callSid");
    Objects.requireNonNull(accountSid, "accountSid");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(streamToken, "streamToken");
  }

  static final String TOKEN = "token";
  static final String FROM = "from";
  static final String TO = "to";

  /**
   * The call as our answer described it in the stream's {@code <Parameter>}s, for a media socket that reached
   * another server than the webhook. Trust it only after the start frame's token was admitted.
   */
  public static Optional<IncomingCall> describedBy(InboundFrame.Start start) {
    Map<String, String> p = start.customParameters();
    if (!p.containsKey(TOKEN) || !p.containsKey(FROM)) {
      return Optional.empty();
    }
    return Optional.of(new IncomingCall(start.callSid(), start.accountSid(), p.get(FROM), p.getOrDefault(TO, ""),
        p.get(TOKEN)));
  }

  /** The caller's number when Twilio gave a real one (not anonymous, not a client identity). */
  public Optional<PhoneNumber> callerNumber() {
    return from.startsWith("+") ? PhoneNumber.parse(from) : Optional.empty();
  }

  @Override
  public String toString() {
    // The token is a bearer secret for the media socket: keep it out of logs.
    return "IncomingCall[callSid=" + callSid + ", from=" + from + ", to=" + to + "]";
  }
}
