/**
 * A local fake of ElevenLabs text-to-speech (multi-context WebSocket and HTTP streaming) on 127.0.0.1 whose audio
 * spells the text it was given, so tests can read back what a caller would have heard.
 */
package app.chris.testkit.elevenlabs;
