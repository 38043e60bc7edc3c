/** Adapter: elevenlabs. */
package app.chris.adapters.elevenlabs;
