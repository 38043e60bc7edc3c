package app.chris.core.dialogue;

import app.chris.core.port.PendingConfirmation;
import app.chris.core.port.ToolCall;
import app.chris.core.port.ToolResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds a tool's result: status, named fields and the sentences the core suggests Chris says. */
final class ToolReply {
  private final boolean ok;
  private final Map<String, String> data = new LinkedHashMap<>();
  private final List<String> say = new ArrayList<>();

  private ToolReply(boolean ok, String status) {
    this.ok = ok;
    data.put(Tools.STATUS, status);
  }

  static ToolReply ok(String status) {
    return new ToolReply(true, status);
  }

  static ToolReply refused(String reason, String say) {
    return new ToolReply(false, "refused").put(Tools.REASON, reason).say(say);
  }

  ToolReply say(String sentence) {
    if (!sentence.isBlank()) {
      say.add(sentence.strip());
    }
    return this;
  }

  ToolReply put(String key, String value) {
    data.put(key, value);
    return this;
  }

  ToolReply pending(PendingConfirmation.Kind kind) {
    return put(Tools.PENDING, kind.name().toLowerCase(Locale.ROOT));
  }

  /** Appends a follow-on step (a flow that continued): its words after ours, its fields except the status. */
  ToolReply then(ToolReply next) {
    say.addAll(next.say);
    next.data.forEach((k, v) -> {
      if (!k.equals(Tools.STATUS)) {
        data.put(k, v);
      }
    });
    data.put(Tools.NEXT_STATUS, next.data.get(Tools.STATUS));
    return this;
  }

  boolean isOk() {
    return ok;
  }

  String status() {
    return data.get(Tools.STATUS);
  }

  ToolResult toResult(ToolCall call) {
    Map<String, String> out = new LinkedHashMap<>(data);
    out.put(Tools.SAY, String.join(" ", say));
    StringBuilder content = new StringBuilder(ok ? "ok" : "refused");
    data.forEach((k, v) -> content.append("; ").append(k).append('=').append(v));
    if (!say.isEmpty()) {
      content.append(". Suggested words: ").append(String.join(" ", say));
    }
    return new ToolResult(call.id(), call.name(), ok, content.toString(), out);
  }
}
