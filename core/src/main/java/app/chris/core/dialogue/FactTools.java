package app.chris.core.dialogue;

import app.chris.core.port.KnowledgeFact;
import app.chris.core.port.KnowledgeSource;
import app.chris.core.port.NewKnowledgeFact;
import app.chris.core.port.Outcome;
import app.chris.core.port.PendingConfirmation.Kind;
import app.chris.core.port.Property;
import app.chris.core.port.ToolCall;
import app.chris.core.text.Speakable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * teach_fact, list_facts, retire_fact: admin mode only. A taught fact is read back and saved on "yes" with its
 * audit trail; text that tries to change Chris's rules or give it instructions is refused.
 */
final class FactTools {
  private static final Pattern INSTRUCTION = Pattern.compile("(?i)\\b(ignore|disregard|forget) (all |your |the |"
      + "previous |any )*(rules|instructions|policy|policies)|\\b(system prompt|jailbreak|pretend|from now on"
      + "|you (must|should|shall) (always|never|not)|don'?t (verify|ask)|skip (the )?verification|without "
      + "verif\\w*|reveal|give out|disclose|share (the |their |any )?(balance|account|phone|email)\\w*)");
  private static final Pattern TEACH_LEAD_IN = Pattern.compile(
      "(?i)^\\s*(please )?(learn|remember|note|save)( this| that)?\\s*[:,-]?\\s*(that )?");
  private static final Set<String> GENERIC = Set.of("apartments", "apartment", "homes", "home", "the", "ct", "st",
      "court", "street", "townhomes", "residences");
  private final Desk desk;

  FactTools(Desk desk) {
    this.desk = desk;
  }

  ToolReply teach(ToolCall call) {
    if (desk.ctx.admin.isEmpty()) {
      return notAdmin();
    }
    return teachText(call.argument(Tools.Args.TEXT).orElseThrow(), call.argument(Tools.Args.PROPERTY));
  }

  ToolReply teachText(String said) {
    return teachText(said, desk.ctx.fact.flatMap(FactDraft::propertyId));
  }

  private ToolReply teachText(String said, Optional<String> propertyWords) {
    String text = Spoken.capitalise(TEACH_LEAD_IN.matcher(said).replaceFirst("").strip());
    if (INSTRUCTION.matcher(text).find()) {
      desk.act("teach_fact", false, "refused: instruction or policy change");
      return ToolReply.refused("policy", "I can't take that one: I can learn facts for callers, but not changes "
          + "to my rules or instructions.");
    }
    Optional<String> propertyId = property(propertyWords.orElse(text));
    desk.ctx.fact = Optional.of(new FactDraft(text, propertyId));
    String question = "Here's what I'll remember: " + Speakable.of(text).replaceAll("[.!?]+$", "") + ". Shall I save that?";
    desk.ctx.ask(Kind.KNOWLEDGE, question);
    return ToolReply.ok("needs_confirmation").pending(Kind.KNOWLEDGE).say(question);
  }

  /** The admin confirmed the read-back. */
  ToolReply save() {
    FactDraft draft = desk.ctx.fact.orElseThrow();
    desk.ctx.fact = Optional.empty();
    KnowledgeFact saved = desk.services.knowledge().add(new NewKnowledgeFact(draft.propertyId(), draft.text(),
        KnowledgeSource.ADMIN_PHONE, desk.ctx.admin.get().name(), Optional.of(desk.ctx.id)));
    desk.ctx.outcomes.add(Outcome.KNOWLEDGE);
    desk.act("teach_fact", true, saved.id() + ": " + saved.text());
    return desk.anythingElse(ToolReply.ok("confirmed").put(Tools.FACT_ID, saved.id())
        .say("Saved. I'll share that with callers from now on."));
  }

  ToolReply list(ToolCall call) {
    if (desk.ctx.admin.isEmpty()) {
      return notAdmin();
    }
    Optional<String> propertyId = call.argument(Tools.Args.PROPERTY).flatMap(this::property);
    List<KnowledgeFact> facts = desk.services.knowledge().active().stream()
        .filter(f -> propertyId.isEmpty() || f.propertyId().equals(propertyId)).toList();
    String listed = facts.stream().map(f -> f.id() + ": " + f.text()).collect(Collectors.joining(" | "));
    return ToolReply.ok("ok").put(Tools.COUNT, String.valueOf(facts.size())).put(Tools.FACTS, listed)
        .say(facts.isEmpty() ? "I haven't been taught any facts yet." : "I know " + facts.size()
            + " taught facts. " + facts.stream().limit(5).map(f -> "Fact " + f.id() + ": " + f.text())
            .collect(Collectors.joining(" ")));
  }

  ToolReply retire(ToolCall call) {
    if (desk.ctx.admin.isEmpty()) {
      return notAdmin();
    }
    String id = call.argument(Tools.Args.FACT_ID).orElseThrow();
    Optional<KnowledgeFact> retired = desk.services.knowledge().retire(id, desk.ctx.admin.get().name());
    desk.act("retire_fact", retired.isPresent(), id);
    return retired.isPresent() ? ToolReply.ok("retired").say("Done, I won't use that fact anymore.")
        : ToolReply.ok("unknown_fact").say("I couldn't find a fact with that number.");
  }

  private ToolReply notAdmin() {
    return ToolReply.refused("not_admin", "Sorry, that's not something I can help with on this line.");
  }

  private Optional<String> property(String words) {
    String said = " " + words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
    List<Property> hits = desk.services.directory().properties().stream().filter(p -> p.id().equalsIgnoreCase(
        words.strip()) || mentions(said, p)).toList();
    return hits.size() == 1 ? Optional.of(hits.get(0).id()) : Optional.empty();
  }

  private static boolean mentions(String said, Property p) {
    List<String> tokens = List.of(p.name().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).stream()
        .filter(t -> !t.isEmpty() && !GENERIC.contains(t)).toList();
    return !tokens.isEmpty() && tokens.stream().allMatch(t -> said.contains(" " + t + " "));
  }
}
