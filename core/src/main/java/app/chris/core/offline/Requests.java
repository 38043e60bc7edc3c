package app.chris.core.offline;

import app.chris.core.dialogue.Tools;
import app.chris.core.port.CallFacts;
import app.chris.core.port.IdentityStatus;
import app.chris.core.port.Intent;
import app.chris.core.port.PhoneNumber;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a line's needs into the tool calls a careful agent would make: the emergency before anything else, the
 * details the caller volunteered noted once, identity before the account, a tour only with a name. Stateless.
 */
final class Requests {
  private static final Pattern OWN_ACCOUNT = Pattern.compile(
      "(?i)\\b(?:owe|balance|my (?:rent|account|bill|payment)|past due|late fee|i paid)\\b");
  private static final Pattern CORRECTION = Pattern.compile("(?i)^\\W*(?:no|nope|sorry|actually|wait)\\b");
  private static final Pattern GRIEVANCE = Pattern.compile("(?i)\\b(?:neighbou?r|noise|noisy|loud|music|party|"
      + "rude|smok\\w*|dog|barking|parking|staff|manager|harass\\w*|complain\\w*)\\b");
  private static final Pattern TOUR = Pattern.compile(
      "(?i)\\b(tour|showing|viewing|walk ?through|come (see|by|look)|see (it|the (unit|apartment|place)))\\b");
  static final Pattern APPLY = Pattern.compile("(?i)\\b(apply|application)\\b");

  private Requests() {}

  /** Plans every need of the line; with {@code onlyClear}, only those it clearly asks for (after an answer). */
  static void plan(Turn t, Calls calls, boolean onlyClear) {
    Understanding u = t.understood();
    for (Need need : u.needs()) {
      if (onlyClear && !u.clearly(need)) {
        continue;
      }
      switch (need) {
        case EMERGENCY:
          calls.add(Tools.REPORT_EMERGENCY, Tools.Args.KIND, u.emergency().orElse("other"),
              Tools.Args.DESCRIPTION, u.issue().map(Issue::description).orElse(t.said()));
          details(t, calls, Optional.empty());
          break;
        case MAINTENANCE:
          maintenance(t, calls);
          break;
        case BALANCE:
          if (t.facts().intents().contains(Intent.PROSPECT) && !OWN_ACCOUNT.matcher(t.said()).find()) {
            // A prospect's "how much is it?" asks the listing's rent, not an account balance.
            calls.add(Tools.LIST_AVAILABILITY);
          } else {
            balance(t, calls, u.slots().anyName());
          }
          break;
        case RENT_INFO:
        case PROPERTY_QUESTION:
          if (!(u.has(Need.PROSPECT) && TOUR.matcher(t.said()).find()) && !givesNameAsked(t)
              && !SmallTalk.announcesQuestion(t)) {
            question(t, calls);
          }
          break;
        case PROSPECT:
          prospect(t, calls);
          break;
        case COMPLAINT:
          if (correctsTheRepair(t)) {
            break; // the read-back that follows the address lets the caller correct the problem itself
          }
          details(t, calls, Optional.empty());
          calls.add(Tools.RECORD_COMPLAINT, Tools.Args.SUMMARY, u.complaint().orElse(t.said()));
          break;
        case ADMIN:
          u.slots().pin().ifPresent(pin -> calls.add(Tools.ADMIN_LOGIN, Tools.Args.PIN, pin));
          break;
        case TEACH:
          u.slots().fact().ifPresent(f -> calls.add(Tools.TEACH_FACT, Tools.Args.TEXT, f,
              Tools.Args.PROPERTY, u.slots().factProperty()));
          break;
        case TRANSFER:
          if (u.clearly(Need.TRANSFER)) { // a transfer ends Chris's part: never on a faint match
            calls.add(Tools.TRANSFER_TO_STAFF, Tools.Args.REASON, "caller asked to speak with someone");
          }
          break;
        default:
          break;
      }
    }
  }

  private static void maintenance(Turn t, Calls calls) {
    Optional<Issue> issue = t.understood().issue();
    if (issue.isEmpty()) {
      details(t, calls, Optional.empty());
      return; // "I need a repair": the core's follow-up asks what is wrong
    }
    details(t, calls, issue.map(Issue::description));
    calls.add(Tools.CREATE_SERVICE_REQUEST, Tools.Args.CATEGORY, issue.get().category(),
        Tools.Args.DESCRIPTION, issue.get().description(),
        Tools.Args.PRIORITY, issue.get().priority().wire(),
        Tools.Args.PERMISSION_TO_ENTER, t.understood().answer().permission().map(p -> p ? "yes" : "no"));
  }

  static void balance(Turn t, Calls calls, Optional<String> nameSaid) {
    CallFacts f = t.facts();
    boolean open = f.identity() == IdentityStatus.UNKNOWN || f.identity() == IdentityStatus.CALLER_ID_MATCH;
    Optional<String> name = nameSaid.or(() -> open ? f.callerName() : Optional.empty());
    if (f.identity() != IdentityStatus.VERIFIED && f.identity() != IdentityStatus.LOCKED && name.isPresent()) {
      // The balance follows in the next step, only once verified: a failed check is not followed by a refusal.
      calls.add(Tools.VERIFY_IDENTITY, Tools.Args.FULL_NAME, name.get(),
          Tools.Args.ADDRESS, t.understood().slots().address(), Tools.Args.DETAIL, detail(t));
      return;
    }
    if (!calls.has(Tools.NOTE_DETAILS)) {
      details(t, calls, Optional.empty());
    }
    calls.add(Tools.GET_ACCOUNT, Tools.Args.TOPIC, "balance");
  }

  static Optional<String> detail(Turn t) {
    Optional<String> email = Optional.of(t.said()).map(s -> s.replaceAll("(?i)\\s+dot\\s+", ".")
        .replaceAll("(?i)\\s+at\\s+(?=\\S+\\.\\w+)", "@")).flatMap(s -> java.util.Arrays.stream(s.split("\\s+"))
        .filter(w -> w.matches("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+[.,!?]?")).findFirst())
        .map(w -> w.replaceAll("[.,!?]$", "").toLowerCase(Locale.ROOT));
    return email.or(() -> t.understood().slots().phone().map(PhoneNumber::e164));
  }

  private static void question(Turn t, Calls calls) {
    if (calls.has(Tools.ANSWER_QUESTION)) {
      return; // two needs of one line (a prospect's question, a property question) ask the same thing once
    }
    calls.add(Tools.ANSWER_QUESTION, Tools.Args.QUESTION, t.said());
  }

  private static void prospect(Turn t, Calls calls) {
    Understanding u = t.understood();
    if (t.pending().isPresent() && u.slots().anyName().isPresent() && !u.clearly(Need.PROSPECT)) {
      details(t, calls, Optional.empty()); // "I'm Gus Hale at 12 Oak" during a read-back: who, not a listing
      return;
    }
    Inquiry q = u.inquiry();
    // "How do I apply?" goes to the leasing team like a tour; answered from facts it found the late fee "applies".
    boolean tour = TOUR.matcher(t.said()).find() || q.topic().filter("tour"::equals).isPresent()
        || APPLY.matcher(t.said()).find();
    if (tour || (u.slots().anyName().isPresent() && t.facts().intents().contains(Intent.PROSPECT))) {
      lead(t, calls);
    } else if (q.bedrooms().isPresent() || q.maxRent().isPresent() || q.topic().filter("availability"::equals)
        .isPresent() || q.topic().isEmpty() && t.facts().identity() == IdentityStatus.UNKNOWN
        && t.facts().intents().stream().noneMatch(i -> i == Intent.PROSPECT)) {
      // "I'm moving here and need a place. What do you have?": a stranger's first prospect line asks what is
      // available; a known resident's vaguer line ("I'm moving out...") is a question for the office.
      calls.add(Tools.LIST_AVAILABILITY, Tools.Args.BEDROOMS, q.bedrooms(), Tools.Args.MAX_RENT, q.maxRent());
    } else {
      question(t, calls);
    }
  }

  static void lead(Turn t, Calls calls) {
    Understanding u = t.understood();
    Optional<String> name = u.slots().anyName().or(() -> t.facts().callerName());
    if (name.isEmpty()) {
      return; // the model asks for the name first
    }
    Optional<String> phone = u.slots().phone().or(() -> t.facts().callbackNumber()).map(PhoneNumber::e164);
    String interest = APPLY.matcher(t.said()).find() ? "application"
        : u.inquiry().bedrooms().map(b -> "tour of a " + b + " bedroom").orElse("tour");
    calls.add(Tools.CAPTURE_LEAD, Tools.Args.NAME, name.get(), Tools.Args.PHONE, phone,
        Tools.Args.INTEREST, interest);
  }

  /** note_details with whatever the caller volunteered that the core does not know yet. */
  static void details(Turn t, Calls calls, Optional<String> issue) {
    if (calls.has(Tools.NOTE_DETAILS)) {
      return;
    }
    Slots s = t.understood().slots();
    CallFacts f = t.facts();
    Optional<String> name = s.name().filter(n -> f.callerName().isEmpty());
    Optional<String> phone = s.phone().map(PhoneNumber::e164).filter(p -> f.callbackNumber().isEmpty());
    Optional<String> address = s.address().filter(a -> f.unitId().isEmpty() || f.propertyId().isEmpty());
    if (name.isPresent() || phone.isPresent() || address.isPresent() || issue.isPresent()) {
      calls.add(Tools.NOTE_DETAILS, Tools.Args.CALLER_NAME, name, Tools.Args.CALLBACK_NUMBER, phone,
          Tools.Args.ADDRESS, address, Tools.Args.ISSUE, issue);
    }
  }

  /** "Jordan Park, 630 555 0150" after "could I have your name?" is a name, not a question about parking. */
  private static boolean givesNameAsked(Turn t) {
    return t.chrisAsked("your name") && t.understood().slots().anyName().isPresent() && !t.said().contains("?");
  }

  /** "No, it's the downstairs bathroom": a correction of the repair just reported, not a complaint. */
  private static boolean correctsTheRepair(Turn t) {
    return t.facts().intents().contains(Intent.MAINTENANCE) && CORRECTION.matcher(t.said()).find()
        && !GRIEVANCE.matcher(t.said()).find();
  }
}
