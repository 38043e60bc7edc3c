package app.chris.core.dialogue;

import app.chris.core.text.NumberWords;
import app.chris.core.address.AddressBook;
import app.chris.core.address.AddressMatch;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Tenant;
import app.chris.core.speech.SentenceFilter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The last line of defence, whatever the model says: a sentence carrying the account amount of a tenant the
 * caller claims to be (calls from, or names the unit of) before verification, or a tenant's name the caller did
 * not say, is replaced before the caller hears it. Reads the call's context; used under the session's turn.
 */
public final class DisclosureGuard implements SentenceFilter {
  static final String WITHHELD = "I can only share account details with the verified account holder.";
  private final DialogueServices services;
  private final CallContext ctx;
  private final Supplier<String> callerWords;
  // The caller's words change once per turn, the guard runs once per sentence: match them once per change.
  private volatile Optional<MentionedUnit> lastMention = Optional.empty();

  public DisclosureGuard(DialogueServices services, CallContext ctx, Supplier<String> callerWords) {
    this.services = services;
    this.ctx = ctx;
    this.callerWords = callerWords;
  }

  @Override
  public Optional<String> apply(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT).replace('-', ' ');
    // Once per sentence, not once per tenant: matching the caller's words is the expensive part and the
    // portfolio may hold thousands of tenants.
    String said = callerWords.get();
    String saidLower = said.toLowerCase(Locale.ROOT);
    Claims claims = new Claims(ctx.verified.map(Tenant::id), ctx.claimed.map(Tenant::id),
        ctx.address.or(() -> ctx.candidate).flatMap(a -> a.unitId()), mentionedUnit(said), ctx.from);
    for (Tenant t : services.ledger().tenants()) {
      if (claims.verified(t)) {
        continue;
      }
      boolean claimed = claims.claimed(t);
      Optional<BigDecimal> balance = claimed ? services.ledger().balance(t.id()) : Optional.empty();
      if (balance.isPresent() && mentions(lower, balance.get())) {
        ctx.record("disclosure_blocked", false, "account amount withheld", services.clock().instant());
        return Optional.of(WITHHELD);
      }
      if (namesUnsaid(sentence, saidLower, t)) {
        ctx.record("disclosure_blocked", false, "tenant name withheld", services.clock().instant());
        return Optional.empty();
      }
    }
    return Optional.of(sentence);
  }

  /**
   * Who the caller is or claims to be, read once per sentence, not per tenant: the ledger may hold thousands of
   * tenants, and the per-tenant checks built a chain of Optionals and lambdas each (1 ms per sentence at 10,000).
   */
  private record Claims(Optional<String> verifiedId, Optional<String> claimedId, Optional<String> callerUnit,
      Optional<String> mentionedUnit, Optional<PhoneNumber> from) {
    boolean verified(Tenant t) {
      return is(verifiedId, t.id());
    }

    /** Claimed by name and address, or at the caller's unit (resolved, said, or by caller ID). */
    boolean claimed(Tenant t) {
      return is(claimedId, t.id()) || is(callerUnit, t.unitId()) || from.isPresent() && t.hasPhone(from.get())
          || is(mentionedUnit, t.unitId());
    }

    private static boolean is(Optional<String> value, String id) {
      return value.isPresent() && value.get().equals(id);
    }
  }

  /** The unit the caller's words name (matched again only when the words or the portfolio changed). */
  private Optional<String> mentionedUnit(String said) {
    AddressBook book = services.addressBook();
    Optional<MentionedUnit> last = lastMention.filter(m -> m.book() == book && m.said().equals(said));
    if (last.isPresent()) {
      return last.get().unitId();
    }
    AddressMatch match = book.match(said);
    Optional<String> unit = Optional.empty();
    if (match instanceof AddressMatch.Exact exact) {
      unit = exact.address().unitId();
    } else if (match instanceof AddressMatch.Candidates candidates) {
      unit = candidates.ranked().get(0).unitId();
    }
    lastMention = Optional.of(new MentionedUnit(book, said, unit));
    return unit;
  }

  private record MentionedUnit(AddressBook book, String said, Optional<String> unitId) {}

  private boolean namesUnsaid(String sentence, String said, Tenant t) {
    if (!sentence.contains(t.firstName()) && !sentence.contains(t.lastName())) {
      return false; // the common case, decided without compiling a pattern
    }
    boolean greetedByCallerId = ctx.from.filter(t::hasPhone).isPresent()
        && services.ledger().byPhone(ctx.from.get()).size() == 1 && t.status().isResident();
    for (String name : List.of(t.firstName(), t.lastName())) {
      if (name.length() > 1 && Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(sentence).find()
          && !Pattern.compile("\\b" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "\\b").matcher(said).find()
          && !(greetedByCallerId && name.equals(t.firstName()))) {
        return true;
      }
    }
    return false;
  }

  /** Only the claimed tenant's ledger is read: balances may come live from the property system. */
  private static boolean mentions(String lower, BigDecimal amount) {
    BigDecimal abs = amount.abs().setScale(2, RoundingMode.HALF_UP);
    if (abs.signum() == 0) {
      return false;
    }
    int dollars = abs.intValue();
    int cents = abs.remainder(BigDecimal.ONE).movePointRight(2).intValue();
    List<String> forms = new ArrayList<>();
    forms.add(String.format(Locale.US, "%d.%02d", dollars, cents));
    forms.add(String.format(Locale.US, "%,d.%02d", dollars, cents));
    forms.add(NumberWords.cardinal(dollars).replace('-', ' ') + " dollars");
    forms.add(dollars + " dollars");
    if (cents != 0) {
      forms.add(dollars + " dollars and " + cents);
      forms.add(NumberWords.cardinal(dollars).replace('-', ' ') + " and " + cents);
    }
    // Rounded amounts disclose too ("about $126").
    for (int whole : cents >= 50 ? List.of(dollars, dollars + 1) : List.of(dollars)) {
      forms.add(String.format(Locale.US, "$%d", whole));
      forms.add(String.format(Locale.US, "$%,d", whole));
      forms.add(whole + " dollars");
    }
    for (String form : forms) {
      if (Pattern.compile("(?<![\\d,.])" + Pattern.quote(form) + "(?![\\d,]|\\.\\d)").matcher(lower).find()) {
        return true;
      }
    }
    return false;
  }
}
