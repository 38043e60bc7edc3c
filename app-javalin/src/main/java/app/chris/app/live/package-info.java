/**
 * Publishing live call events: every phone and test call reports what happens on it (who called, what each side
 * said, what Chris is doing, models, tools, vendor states, per-turn latency) to the {@link
 * app.chris.core.port.LiveFeed} the dashboard watches.
 */
package app.chris.app.live;
