package app.chris.testkit.twilio;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One {@code POST …/Calls/{CallSid}.json} the fake received: whose account, which call, the decoded form. */
public record RecordedCallUpdate(String accountSid, String callSid, Map<String, String> form, String authorization) {
  public RecordedCallUpdate {
    Objects.requireNonNull(accountSid, "accountSid");
    Objects.requireNonNull(callSid, "callSid");
    form = Map.copyOf(form);
    Objects.requireNonNull(authorization, "authorization");
  }

  public Optional<String> twiml() {
    return Optional.ofNullable(form.get("Twiml"));
  }

  public Optional<String> status() {
    return Optional.ofNullable(form.get("Status"));
  }
}
