/**
 * Adapter: Twilio Programmable Voice, framework-agnostic. Routes hand in a {@link
 * app.chris.adapters.twilio.WebhookRequest} (path, raw query, form, signature header) and send back the {@link
 * app.chris.adapters.twilio.WebhookReply}: {@code /twilio/voice} → {@link app.chris.adapters.twilio.VoiceWebhook},
 * {@code /twilio/connect-action} → {@link app.chris.adapters.twilio.ConnectAction}, {@code /twilio/dial-result} →
 * {@link app.chris.adapters.twilio.DialResult}, {@code /twilio/whisper} → {@link
 * app.chris.adapters.twilio.TransferWhisper}, {@code /twilio/status} → {@link
 * app.chris.adapters.twilio.CallStatusCallback}. The media socket: check {@link
 * app.chris.adapters.twilio.TwilioSignatureValidator#isValidUpgrade} before upgrading, decode frames with {@link
 * app.chris.adapters.twilio.TwilioMediaCodec}, admit the {@code start} frame with {@link
 * app.chris.adapters.twilio.StreamAdmission}, then drive a {@link app.chris.adapters.twilio.TwilioCallerLine}.
 * REST calls use one {@code TwilioRestClient} from {@link app.chris.adapters.twilio.TwilioRestClients}.
 */
package app.chris.adapters.twilio;
