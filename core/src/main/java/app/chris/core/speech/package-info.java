/**
 * What Chris says on its way out: sentence splitting of streamed text, the disclosure and repetition guards,
 * hold phrases while slow work runs, and barge-in.
 */
package app.chris.core.speech;
