/**
 * Adapter: Twilio Programmable Voice. Framework-agnostic pieces the HTTP/WebSocket routes call: webhook
 * signature checks, TwiML answers, one-time stream tokens, the Media Streams codec and REST call control.
 */
package app.chris.adapters.twilio;
