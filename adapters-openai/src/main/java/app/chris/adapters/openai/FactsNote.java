package app.chris.adapters.openai;

import app.chris.core.port.CallFacts;
import app.chris.core.port.Intent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Renders {@link CallFacts} as one compact system note, so the model never asks again for what is known. */
final class FactsNote {
  private FactsNote() {}

  static String of(CallFacts facts) {
    List<String> parts = new ArrayList<>();
    add(parts, "caller name", facts.callerName());
    add(parts, "callback number", facts.callbackNumber().map(Object::toString));
    parts.add("identity: " + facts.identity().name().toLowerCase(Locale.ROOT));
    add(parts, "tenant id", facts.tenantId());
    add(parts, "property id", facts.propertyId());
    add(parts, "unit id", facts.unitId());
    add(parts, "address given", facts.spokenAddress());
    add(parts, "issue", facts.issue());
    if (!facts.intents().isEmpty()) {
      parts.add("intents: " + facts.intents().stream().map(Intent::wire).collect(Collectors.joining(", ")));
    }
    if (facts.adminMode()) {
      parts.add("admin mode: on");
    }
    return "Call facts (already established, do not ask again): " + String.join("; ", parts) + ".";
  }

  private static void add(List<String> parts, String label, Optional<String> value) {
    value.filter(v -> !v.isBlank()).ifPresent(v -> parts.add(label + ": " + v.strip()));
  }
}
