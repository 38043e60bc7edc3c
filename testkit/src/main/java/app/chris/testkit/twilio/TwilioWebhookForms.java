package app.chris.testkit.twilio;

import java.util.LinkedHashMap;
import java.util.Map;

/** Form fields Twilio posts to our webhooks, with realistic defaults, for tests and the simulated caller. */
public final class TwilioWebhookForms {
  private TwilioWebhookForms() {}

  /** {@code POST /twilio/voice} for a new inbound call (CallStatus {@code ringing}). */
  public static Map<String, String> incomingCall(String callSid, String accountSid, String from, String to) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("CallSid", callSid);
    form.put("AccountSid", accountSid);
    form.put("From", from);
    form.put("To", to);
    form.put("Caller", from);
    form.put("Called", to);
    form.put("CallStatus", "ringing");
    form.put("Direction", "inbound");
    form.put("ApiVersion", "2010-04-01");
    return form;
  }

  /** The call status callback sent when the call ends. */
  public static Map<String, String> statusCallback(String callSid, String accountSid, String status, int seconds) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("CallSid", callSid);
    form.put("AccountSid", accountSid);
    form.put("CallStatus", status);
    form.put("CallDuration", Integer.toString(seconds));
    form.put("CallbackSource", "call-progress-events");
    form.put("SequenceNumber", "0");
    form.put("Timestamp", "Wed, 25 Nov 2026 17:40:00 +0000");
    return form;
  }
}
