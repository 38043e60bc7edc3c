/**
 * The driving API: {@link app.chris.core.call.VoiceAssistant} starts a {@link app.chris.core.call.CallSession}
 * per call. A caller turn prompts the routed model, runs its tool calls through the dialogue policies (a few steps
 * at most), and streams sentences to {@link app.chris.core.call.CallOutput} through the speech guards.
 */
package app.chris.core.call;
