/**
 * The conversation's brain: the tool contract ({@link app.chris.core.dialogue.Tools},
 * {@link app.chris.core.dialogue.ToolCatalog}), the per-call state and the policies each tool enforces.
 */
package app.chris.core.dialogue;
