package app.chris.core.dialogue;

import app.chris.core.port.ToolCall;

/** One tool's behaviour and policy. Runs under the session lock; may block briefly on a port. */
interface Tool {
  ToolReply run(ToolCall call);
}
