package app.chris.adapters.twilio;

/** Tells whether Chris ended a call's media stream on purpose (goodbye, hand-off) or it broke. Thread-safe. */
@FunctionalInterface
public interface StreamEndings {
  boolean endedByAssistant(String callSid);
}
