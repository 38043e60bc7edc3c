package app.chris.core.dialogue;

import app.chris.core.port.ToolParameter;
import app.chris.core.port.ToolParameter.Type;
import app.chris.core.port.ToolSpec;
import java.util.List;
import java.util.Optional;

/**
 * The tools the core offers every model, described so cloud and offline models fill them the same way. Names and
 * result keys are in {@link Tools}. Immutable and thread-safe; the core enforces each tool's policy regardless.
 */
public final class ToolCatalog {
  private static final List<ToolSpec> ALL = List.of(
      tool(Tools.NOTE_DETAILS, "Remember details the caller gave: name, callback number, address, issue.",
          opt(Tools.Args.CALLER_NAME, "caller's name as said"),
          opt(Tools.Args.CALLBACK_NUMBER, "a phone number to call back"),
          opt(Tools.Args.ADDRESS, "street address and unit as said, or a correction like '120'"),
          opt(Tools.Args.ISSUE, "the problem in the caller's words")),
      tool(Tools.CONFIRM, "Answer the pending yes/no question with the caller's answer.",
          choice(Tools.Args.ANSWER, "the caller's answer", true, "yes", "no"),
          opt(Tools.Args.CORRECTION, "what the caller corrected, when they said no and gave the right version")),
      tool(Tools.VERIFY_IDENTITY, "Verify the caller is the tenant on file before any account information.",
          req(Tools.Args.FULL_NAME, "caller's first and last name"),
          opt(Tools.Args.ADDRESS, "their street address and unit"),
          opt(Tools.Args.DETAIL, "one more detail on file: phone number or email")),
      tool(Tools.GET_ACCOUNT, "Read the verified caller's account.",
          choice(Tools.Args.TOPIC, "what they asked about", true, "balance", "lease", "due_date")),
      tool(Tools.CREATE_SERVICE_REQUEST, "File a maintenance request; the core reads it back first.",
          req(Tools.Args.CATEGORY, "plumbing, heating, electrical, appliance, pest, lock, general"),
          req(Tools.Args.DESCRIPTION, "the problem, in the caller's words"),
          choice(Tools.Args.PRIORITY, "how urgent", true, "emergency", "urgent", "normal", "low"),
          choice(Tools.Args.PERMISSION_TO_ENTER, "may maintenance enter when nobody is home", false, "yes", "no")),
      tool(Tools.REPORT_EMERGENCY, "Life-safety or property-threatening emergency: gives safety advice first.",
          choice(Tools.Args.KIND, "what kind of emergency", true, "gas", "fire", "smoke", "carbon_monoxide",
              "flood", "active_leak", "sewage", "no_heat", "electrical", "break_in", "lockout", "other"),
          req(Tools.Args.DESCRIPTION, "what is happening, in the caller's words")),
      tool(Tools.ANSWER_QUESTION, "Answer a general question (property, amenities, hours, policies, units).",
          req(Tools.Args.QUESTION, "the caller's question")),
      tool(Tools.LIST_AVAILABILITY, "List vacant units with bedrooms and rent.",
          num(Tools.Args.BEDROOMS, "number of bedrooms wanted"),
          num(Tools.Args.MAX_RENT, "highest monthly rent in dollars")),
      tool(Tools.RECORD_COMPLAINT, "Record a complaint; the core reads it back before logging it.",
          req(Tools.Args.SUMMARY, "the complaint in the caller's words")),
      tool(Tools.CAPTURE_LEAD, "Record a prospect's interest or tour request.",
          req(Tools.Args.NAME, "prospect's name"),
          opt(Tools.Args.PHONE, "prospect's phone number"),
          req(Tools.Args.INTEREST, "what they want, e.g. 'tour of a 2 bedroom'"),
          opt(Tools.Args.UNIT_ID, "unit id when they mean a unit offered")),
      tool(Tools.ADMIN_LOGIN, "An admin gives their PIN to enter admin mode.",
          req(Tools.Args.PIN, "the digits of the PIN")),
      tool(Tools.TEACH_FACT, "Admin mode: teach Chris a fact for callers (read back before saving).",
          req(Tools.Args.TEXT, "the fact"),
          opt(Tools.Args.PROPERTY, "property name or id the fact is about")),
      tool(Tools.LIST_FACTS, "Admin mode: list the taught facts.",
          opt(Tools.Args.PROPERTY, "property name or id")),
      tool(Tools.RETIRE_FACT, "Admin mode: retire a taught fact.",
          req(Tools.Args.FACT_ID, "the fact's id")),
      tool(Tools.TRANSFER_TO_STAFF, "Transfer the caller to a person at the office.",
          req(Tools.Args.REASON, "why")),
      tool(Tools.END_CALL, "Say goodbye and hang up when the caller is done.",
          req(Tools.Args.REASON, "why the call ends")));

  private ToolCatalog() {}

  /** Every tool, in a stable order. */
  public static List<ToolSpec> all() {
    return ALL;
  }

  public static Optional<ToolSpec> spec(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  private static ToolSpec tool(String name, String description, ToolParameter... parameters) {
    return new ToolSpec(name, description, List.of(parameters));
  }

  private static ToolParameter req(String name, String description) {
    return new ToolParameter(name, Type.STRING, description, true, List.of());
  }

  private static ToolParameter opt(String name, String description) {
    return new ToolParameter(name, Type.STRING, description, false, List.of());
  }

  private static ToolParameter num(String name, String description) {
    return new ToolParameter(name, Type.NUMBER, description, false, List.of());
  }

  private static ToolParameter choice(String name, String description, boolean required, String... allowed) {
    return new ToolParameter(name, Type.STRING, description, required, List.of(allowed));
  }
}
