package app.chris.core.dialogue;

/**
 * The tool contract between the core and every language model (cloud or offline): tool names, argument names and
 * the keys of {@code ToolResult.data}. Constants only; {@link ToolCatalog} builds the specs from them.
 *
 * <p>Every result carries {@link #SAY}: one or more sentences the core suggests Chris says next (varied,
 * core-phrased, the pending question last). A deterministic model relays the {@code say} values of a step in
 * order; the core drops a sentence repeated within one reply. Every result also carries {@link #STATUS}. A result
 * that opened a yes/no question carries {@link #PENDING} (the {@code PendingConfirmation.Kind} in lower case) and
 * the next prompt has {@code Prompt.pending} set; answer it with {@link #CONFIRM}. {@link #ENDED} = "true" when
 * the call is over after this turn. Refusals have {@code ok == false}, {@link #STATUS} = "refused" and
 * {@link #REASON} (not_verified, not_admin, wrong_pin, locked, policy, unknown_tool, bad_arguments, unavailable,
 * error). Unknown tools and bad arguments carry {@link #MESSAGE} for the model and an empty {@code say}. When a
 * step continued another flow (an address resolved an open request), the follow-on status is in
 * {@link #NEXT_STATUS} and its fields and words are appended.
 *
 * <ul>
 *   <li>{@code note_details} {callerName?, callbackNumber?, address?, issue?}: remembers what the caller said.
 *       data: address_status = resolved|building_only|candidate|no_match|none, address = spoken form
 *       ("120 Maple Court, unit 1A"), caller_name. A candidate sets pending {@code address} ("Did you mean 120
 *       Maple Court, unit 1B?"). "120" alone is merged with the address said before. When an address resolves
 *       and a flow was waiting on it (service request, emergency), the flow continues in the same result.
 *   <li>{@code confirm} {answer: yes|no, correction?}: answers the pending question. data: status =
 *       confirmed|declined|corrected|nothing_pending, kind = the kind answered, plus the next step's fields
 *       (request_id when a request got filed, pending when a new question is open). complaint: logged only now;
 *       address: resolved; service_request: read-back accepted, continue; permission_to_enter: set, filed;
 *       knowledge: saved; anything_else: "no" ends the call warmly, "yes" asks what else; transfer: "yes"
 *       transfers. A "no" with a correction gives a corrected read-back (status = corrected).
 *   <li>{@code verify_identity} {fullName, address?, detail?}: status = verified|not_verified|need_address|
 *       need_detail (phone or email on file)|locked,
 *       first_name (only when verified), attempts_left. Never hints which detail was wrong.
 *   <li>{@code get_account} {topic: balance|lease|due_date}: only when verified (else ok=false,
 *       reason=not_verified, say asks to verify). data: balance ("$125.50"), due_date, lease_unit.
 *   <li>{@code create_service_request} {category, description, priority: emergency|urgent|normal|low,
 *       permissionToEnter?: yes|no}: status = needs_address|needs_confirmation (pending service_request)|
 *       needs_permission (pending permission_to_enter)|filed (request_id).
 *   <li>{@code report_emergency} {kind: gas|fire|smoke|carbon_monoxide|flood|active_leak|sewage|no_heat|
 *       electrical|break_in|lockout|other, description}: say starts with the life-safety instruction. status =
 *       needs_address|filed (request_id); escalated = "true" once on-call staff were alerted.
 *   <li>{@code answer_question} {question}: status = answered|unknown, answer, source =
 *       portfolio|knowledge|office_hours|availability. Unknown: the office follows up (never invented).
 *   <li>{@code list_availability} {bedrooms?, maxRent?}: status = available|none, count, units ("unit 2A at Maple
 *       Court Apartments, 2 bedrooms, $1,250 a month"; several joined with "; "), unit_ids (comma separated).
 *   <li>{@code record_complaint} {summary}: status = needs_confirmation (pending complaint).
 *   <li>{@code capture_lead} {name, phone?, interest, unitId?}: status = captured|needs_name|needs_phone.
 *   <li>{@code admin_login} {pin}: status = ok|wrong_pin|locked|not_admin, admin_name when ok.
 *   <li>{@code teach_fact} {text, property?}: admin only; status = needs_confirmation (pending knowledge)|refused;
 *       confirm yes gives fact_id.
 *   <li>{@code list_facts} {property?}: admin only; count, facts ("id: text" joined with " | ").
 *   <li>{@code retire_fact} {factId}: admin only; status = retired|unknown_fact.
 *   <li>{@code transfer_to_staff} {reason}: status = transferred|unavailable, to = E.164; ended = "true".
 *   <li>{@code end_call} {reason}: status = ended; say is a warm goodbye; ended = "true".
 * </ul>
 */
public final class Tools {
  public static final String NOTE_DETAILS = "note_details";
  public static final String CONFIRM = "confirm";
  public static final String VERIFY_IDENTITY = "verify_identity";
  public static final String GET_ACCOUNT = "get_account";
  public static final String CREATE_SERVICE_REQUEST = "create_service_request";
  public static final String REPORT_EMERGENCY = "report_emergency";
  public static final String ANSWER_QUESTION = "answer_question";
  public static final String LIST_AVAILABILITY = "list_availability";
  public static final String RECORD_COMPLAINT = "record_complaint";
  public static final String CAPTURE_LEAD = "capture_lead";
  public static final String ADMIN_LOGIN = "admin_login";
  public static final String TEACH_FACT = "teach_fact";
  public static final String LIST_FACTS = "list_facts";
  public static final String RETIRE_FACT = "retire_fact";
  public static final String TRANSFER_TO_STAFF = "transfer_to_staff";
  public static final String END_CALL = "end_call";

  /** Argument names (camelCase, as the model fills them). */
  public static final class Args {
    public static final String CALLER_NAME = "callerName";
    public static final String CALLBACK_NUMBER = "callbackNumber";
    public static final String ADDRESS = "address";
    public static final String ISSUE = "issue";
    public static final String ANSWER = "answer";
    public static final String CORRECTION = "correction";
    public static final String FULL_NAME = "fullName";
    public static final String DETAIL = "detail";
    public static final String TOPIC = "topic";
    public static final String CATEGORY = "category";
    public static final String DESCRIPTION = "description";
    public static final String PRIORITY = "priority";
    public static final String PERMISSION_TO_ENTER = "permissionToEnter";
    public static final String KIND = "kind";
    public static final String QUESTION = "question";
    public static final String BEDROOMS = "bedrooms";
    public static final String MAX_RENT = "maxRent";
    public static final String SUMMARY = "summary";
    public static final String NAME = "name";
    public static final String PHONE = "phone";
    public static final String INTEREST = "interest";
    public static final String UNIT_ID = "unitId";
    public static final String PIN = "pin";
    public static final String TEXT = "text";
    public static final String PROPERTY = "property";
    public static final String FACT_ID = "factId";
    public static final String REASON = "reason";

    private Args() {}
  }

  /** Keys of {@code ToolResult.data} (snake_case). */
  public static final String SAY = "say";
  public static final String STATUS = "status";
  public static final String REASON = "reason";
  public static final String PENDING = "pending";
  public static final String ENDED = "ended";
  public static final String KIND = "kind";
  public static final String ADDRESS_STATUS = "address_status";
  public static final String ADDRESS = "address";
  public static final String CALLER_NAME = "caller_name";
  public static final String FIRST_NAME = "first_name";
  public static final String ATTEMPTS_LEFT = "attempts_left";
  public static final String BALANCE = "balance";
  public static final String DUE_DATE = "due_date";
  public static final String LEASE_UNIT = "lease_unit";
  public static final String REQUEST_ID = "request_id";
  public static final String ESCALATED = "escalated";
  public static final String ANSWER = "answer";
  public static final String SOURCE = "source";
  public static final String COUNT = "count";
  public static final String UNITS = "units";
  public static final String UNIT_IDS = "unit_ids";
  public static final String ADMIN_NAME = "admin_name";
  public static final String FACTS = "facts";
  public static final String TO = "to";
  public static final String MESSAGE = "message";
  public static final String NEXT_STATUS = "next_status";
  public static final String FACT_ID = "fact_id";

  private Tools() {}
}
