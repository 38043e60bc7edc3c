package app.chris.core.dialogue;

import app.chris.core.address.ResolvedAddress;
import app.chris.core.port.CallAction;
import app.chris.core.port.IdentityStatus;
import app.chris.core.port.PendingConfirmation.Kind;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Tenant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Identity before account data: full name and the unit's address must match one resident, plus a second factor
 * (the caller id on file, or a phone number or email on file). A failure never says which detail was wrong and
 * never names anyone; after the allowed attempts the caller is offered a transfer.
 */
final class IdentityCheck {
  private final Desk desk;
  private final AddressFlow addresses;

  IdentityCheck(Desk desk, AddressFlow addresses) {
    this.desk = desk;
    this.addresses = addresses;
  }

  ToolReply verify(String fullName, Optional<String> addressSaid, Optional<String> detail) {
    CallContext ctx = desk.ctx;
    if (ctx.identity == IdentityStatus.LOCKED) {
      return locked();
    }
    if (ctx.identity == IdentityStatus.VERIFIED) {
      return ToolReply.ok("verified").put(Tools.FIRST_NAME, ctx.verified.get().firstName());
    }
    ctx.callerName = Optional.of(fullName.strip());
    ToolReply addressReply = addressSaid.map(addresses::note).orElse(null);
    Optional<String> unit = ctx.address.flatMap(ResolvedAddress::unitId);
    if (unit.isEmpty()) {
      ToolReply reply = ToolReply.ok("need_address");
      return addressReply != null ? reply.then(addressReply).put(Tools.STATUS, "need_address")
          : reply.say(desk.phrases.pick("And what's the address of your unit?",
              "Thanks. What's the address, including your unit number?"));
    }
    List<Tenant> atUnit = desk.services.ledger().tenants().stream()
        .filter(t -> t.status().isResident() && t.unitId().equals(unit.get())).toList();
    atUnit.stream().findFirst().ifPresent(t -> ctx.claimed = Optional.of(t));
    List<Tenant> named = atUnit.stream().filter(t -> sameName(t, fullName)).toList();
    if (named.size() == 1) {
      Tenant tenant = named.get(0);
      if (callerIdOnFile(tenant) || detail.map(d -> detailOnFile(tenant, d)).orElse(false)) {
        return verified(tenant);
      }
      if (detail.isEmpty()) {
        return ToolReply.ok("need_detail").say(desk.phrases.pick(
            "Thanks. For your security, what's the phone number or email we have on file for you?",
            "Almost there: can you tell me the phone number or email on your account?"));
      }
    }
    return failed();
  }

  private ToolReply verified(Tenant tenant) {
    CallContext ctx = desk.ctx;
    ctx.identity = IdentityStatus.VERIFIED;
    ctx.verified = Optional.of(tenant);
    ctx.claimed = Optional.of(tenant);
    desk.act(CallAction.VERIFY_IDENTITY, true, "verified " + tenant.id());
    return ToolReply.ok("verified").put(Tools.FIRST_NAME, tenant.firstName())
        .say(desk.phrases.pick("Thanks, " + tenant.firstName() + ", you're verified.",
            "Thank you, " + tenant.firstName() + ". You're all verified."));
  }

  private ToolReply failed() {
    CallContext ctx = desk.ctx;
    ctx.verificationFailures++;
    int left = desk.services.maxVerificationAttempts() - ctx.verificationFailures;
    desk.act(CallAction.VERIFY_IDENTITY, false, "attempt " + ctx.verificationFailures + " failed");
    if (left <= 0) {
      ctx.identity = IdentityStatus.LOCKED;
      return locked();
    }
    ctx.identity = IdentityStatus.FAILED;
    return ToolReply.ok("not_verified").put(Tools.ATTEMPTS_LEFT, String.valueOf(left))
        .say(desk.phrases.pick("I'm sorry, I wasn't able to verify those details.",
            "Sorry, I couldn't match those details to an account."))
        .say("Could you give me your full name and unit address exactly as they are on your lease?");
  }

  ToolReply locked() {
    String offer = "I'm not able to verify your identity on this call. Would you like me to connect you with the "
        + "office?";
    desk.ctx.ask(Kind.TRANSFER, offer);
    return ToolReply.ok("locked").put(Tools.ATTEMPTS_LEFT, "0").pending(Kind.TRANSFER).say(offer);
  }

  private boolean callerIdOnFile(Tenant tenant) {
    Optional<PhoneNumber> from = desk.ctx.from;
    return from.isPresent() && tenant.hasPhone(from.get())
        && desk.services.ledger().byPhone(from.get()).size() == 1;
  }

  private static boolean detailOnFile(Tenant tenant, String detail) {
    Optional<PhoneNumber> phone = PhoneNumber.parse(detail);
    if (phone.isPresent()) {
      return tenant.hasPhone(phone.get());
    }
    return tenant.email().map(e -> e.equalsIgnoreCase(detail.strip())).orElse(false);
  }

  static boolean sameName(Tenant tenant, String fullName) {
    String[] words = fullName.toLowerCase(Locale.ROOT).replaceAll("[^a-z' -]", " ").strip().split("\\s+");
    return words.length >= 2 && words[0].equals(tenant.firstName().toLowerCase(Locale.ROOT))
        && words[words.length - 1].equals(tenant.lastName().toLowerCase(Locale.ROOT));
  }
}
