package app.chris.core.offline;

import app.chris.core.port.ToolCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects the tool calls of one step, with stable ids and optional arguments left out when absent. */
final class Calls {
  private final List<ToolCall> calls = new ArrayList<>();
  private final String prefix;

  Calls(String prefix) {
    this.prefix = prefix;
  }

  /** Adds a call; {@code args} alternate name and value, where a value is a String or an Optional. */
  Calls add(String tool, Object... args) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      String key = (String) args[i];
      Object v = args[i + 1];
      Optional<?> value = v instanceof Optional ? (Optional<?>) v : Optional.ofNullable(v);
      value.map(Object::toString).filter(s -> !s.isBlank()).ifPresent(s -> map.put(key, s));
    }
    calls.add(ToolCall.of(prefix + "_" + (calls.size() + 1), tool, map));
    return this;
  }

  boolean has(String tool) {
    return calls.stream().anyMatch(c -> c.name().equals(tool));
  }

  void clear() {
    calls.clear();
  }

  boolean isEmpty() {
    return calls.isEmpty();
  }

  List<ToolCall> list() {
    return List.copyOf(calls);
  }
}
