package app.chris.adapters.twilio;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * First step of every Twilio webhook: the signature must match and, when we know our account, the AccountSid
 * must be ours. Thread-safe.
 */
public final class WebhookGate {
  private final TwilioSignatureValidator validator;
  private final Optional<String> accountSid;

  public WebhookGate(TwilioSignatureValidator validator, Optional<String> accountSid) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
  }

  /** Empty when the request may proceed; otherwise the refusal to send. */
  public Optional<WebhookReply.Refused> check(WebhookRequest request) {
    if (request.signature().isEmpty()) {
      return Optional.of(new WebhookReply.Refused(403, "unsigned request"));
    }
    if (!validator.isValid(request)) {
      return Optional.of(new WebhookReply.Refused(403, "signature mismatch"));
    }
    if (accountSid.isPresent() && !request.field("AccountSid").equals(accountSid)) {
      return Optional.of(new WebhookReply.Refused(403, "foreign account"));
    }
    return Optional.empty();
  }

  /**
   * The prologue of the per-call webhooks: refuses what {@link #check} refuses, answers 400 without a CallSid,
   * otherwise returns {@code answer} for the call's sid.
   */
  public WebhookReply forCall(WebhookRequest request, Function<String, WebhookReply> answer) {
    Optional<WebhookReply.Refused> refused = check(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    return request.field("CallSid").map(answer)
        .orElseGet(() -> new WebhookReply.Refused(400, "missing CallSid"));
  }
}
