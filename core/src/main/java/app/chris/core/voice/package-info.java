/**
 * Vendor-neutral voice helpers: text made speakable for a TTS engine that does not normalise ({@link
 * app.chris.core.voice.SpokenText}), a disk-backed cache of pre-synthesised phrases and its
 * {@link app.chris.core.port.SpeechSynthesizer} decorator, and voice metrics. Pure JDK (java.nio.file only).
 */
package app.chris.core.voice;
