/** Conversation memory: the transcript and a bounded view of it for the model. */
package app.chris.core.memory;
