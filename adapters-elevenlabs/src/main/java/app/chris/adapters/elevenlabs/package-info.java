/**
 * ElevenLabs text-to-speech adapter: {@link app.chris.adapters.elevenlabs.ElevenLabsSpeechSynthesizer} streams
 * sentences over the multi-context WebSocket and phone-line mu-law back, falling back to HTTP streaming. Vendor
 * JSON stays package-private ({@code *Json} records); failures become {@link app.chris.core.port.PortException}s
 * delivered to the sink, never thrown on a socket thread.
 */
package app.chris.adapters.elevenlabs;
