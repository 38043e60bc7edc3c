package app.chris.adapters.twilio;

/** Wire shapes of the three messages we send on a bidirectional Media Stream (field order as in Twilio's docs). */
final class OutboundJson {
  private OutboundJson() {}

  record Media(String event, String streamSid, Payload media) {}

  record Payload(String payload) {}

  record Mark(String event, String streamSid, Name mark) {}

  record Name(String name) {}

  record Clear(String event, String streamSid) {}
}
