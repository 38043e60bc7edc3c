/** Live call events inside one process: the in-process {@link app.chris.core.port.LiveFeed}. */
package app.chris.core.live;
