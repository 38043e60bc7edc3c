package app.chris.adapters.openai;

import app.chris.core.port.CallFacts;
import app.chris.core.port.ConversationMemory;
import app.chris.core.port.IdentityStatus;
import app.chris.core.port.Intent;
import app.chris.core.port.PendingConfirmation;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Prompt;
import app.chris.core.port.Speaker;
import app.chris.core.port.ToolExchange;
import app.chris.core.port.ToolParameter;
import app.chris.core.port.ToolSpec;
import app.chris.core.port.TranscriptLine;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Prompts shaped like the core's: a caller with a leak, an address lookup tool. */
final class TestPrompts {
  static final ToolSpec LOOKUP = new ToolSpec(
      "find_address",
      "Finds the caller's unit by street address",
      List.of(
          new ToolParameter("address", ToolParameter.Type.STRING, "street address as said", true, List.of()),
          new ToolParameter("urgency", ToolParameter.Type.STRING, "how urgent", false, List.of("low", "high"))));

  private TestPrompts() {}

  static ConversationMemory memory() {
    CallFacts facts = new CallFacts(
        Optional.of("Dana Reyes"), Optional.of(new PhoneNumber("+15551234567")), IdentityStatus.CALLER_ID_MATCH,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("kitchen sink leak"),
        List.of(Intent.MAINTENANCE), false);
    List<TranscriptLine> recent = List.of(
        new TranscriptLine(Speaker.ASSISTANT, "Hi, this is Chris. How can I help?", Instant.EPOCH),
        new TranscriptLine(Speaker.CALLER, "My sink is leaking at 12 Oak Street.", Instant.EPOCH));
    return new ConversationMemory("Caller phoned yesterday about the same sink.", recent, facts);
  }

  static Prompt turn() {
    return new Prompt("You are Chris.", memory(), List.of(LOOKUP), List.of(), Optional.empty());
  }

  static Prompt afterTools(List<ToolExchange> exchanges) {
    return new Prompt("You are Chris.", memory(), List.of(LOOKUP), exchanges, Optional.empty());
  }

  static Prompt awaiting(PendingConfirmation pending) {
    return new Prompt("You are Chris.", memory(), List.of(), List.of(), Optional.of(pending));
  }
}
