package app.chris.adapters.twilio;

import app.chris.core.port.PhoneNumber;
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
