/** Adapter: twilio. */
package app.chris.adapters.twilio;
