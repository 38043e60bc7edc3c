package app.chris.core.dialogue;

import app.chris.core.port.IdentityStatus;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.core.port.Tenant;
import app.chris.core.port.ToolCall;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** get_account: the verified caller's balance, due date or lease; refused (asking to verify) for anyone else. */
final class AccountTool implements Tool {
  private final Desk desk;
  private final IdentityCheck identity;

  AccountTool(Desk desk, IdentityCheck identity) {
    this.desk = desk;
    this.identity = identity;
  }

  @Override
  public ToolReply run(ToolCall call) {
    String topic = call.argument(Tools.Args.TOPIC).orElse("balance").toLowerCase(Locale.ROOT);
    desk.ctx.intents.add(topic.equals("balance") ? Intent.BALANCE : Intent.RENT_INFO);
    if (desk.ctx.verified.isEmpty()) {
      desk.ctx.wantedAccount = Optional.of(topic);
      return refusal();
    }
    return answer(desk.ctx.verified.get(), topic);
  }

  /** After verification, the account question the caller asked earlier. */
  Optional<ToolReply> answerWanted() {
    Optional<String> topic = desk.ctx.wantedAccount;
    desk.ctx.wantedAccount = Optional.empty();
    return topic.flatMap(t -> desk.ctx.verified.map(tenant -> answer(tenant, t)));
  }

  private ToolReply refusal() {
    CallContext ctx = desk.ctx;
    if (ctx.identity == IdentityStatus.LOCKED) {
      ToolReply locked = identity.locked();
      return ToolReply.refused("not_verified", "").then(locked).put(Tools.STATUS, "refused");
    }
    String why = desk.phrases.pick("I can help with that once I've verified your identity.",
        "Happy to help with that. First I need to verify your identity.");
    String ask;
    if (ctx.identity == IdentityStatus.FAILED) {
      ask = "Could you give me your full name and unit address exactly as they are on your lease?";
    } else if (ctx.callerName.isEmpty()) {
      ask = ctx.address.isEmpty() ? "What's your full name and the address of your unit?" : "What's your full name?";
    } else if (ctx.address.flatMap(a -> a.unitId()).isEmpty()) {
      ask = "What's the address of your unit, including the unit number?";
    } else {
      ask = "What's the phone number or email we have on file for you?";
    }
    return ToolReply.refused("not_verified", why + " " + ask);
  }

  private ToolReply answer(Tenant tenant, String topic) {
    desk.ctx.outcomes.add(Outcome.INFO);
    desk.act("get_account", true, topic);
    ToolReply reply = ToolReply.ok("ok");
    if (topic.equals("balance")) {
      Optional<BigDecimal> balance = desk.services.ledger().balance(tenant.id());
      if (balance.isEmpty()) {
        return desk.anythingElse(reply.put(Tools.STATUS, "unknown")
            .say("I can't pull up your balance right now; I'll have the office follow up."));
      }
      String amount = Spoken.money(balance.get());
      reply.put(Tools.BALANCE, amount).say(balance.get().signum() == 0 ? "You're all paid up: your balance is $0."
          : balance.get().signum() < 0 ? "You have " + amount + " on your account."
          : "Your current balance is " + amount + ".");
    } else if (topic.equals("due_date")) {
      Optional<String> due = desk.services.directory().company().facts().stream()
          .filter(f -> f.toLowerCase(Locale.ROOT).contains("due")).findFirst();
      reply.put(Tools.DUE_DATE, due.orElse("unknown"))
          .say(due.orElse("I don't have your due date on hand; I'll have the office follow up."));
    } else {
      String unit = desk.services.directory().unit(tenant.unitId()).map(u -> u.name()).orElse(tenant.unitId());
      reply.put(Tools.LEASE_UNIT, unit).say("Your lease is for unit " + unit + ". For lease terms and dates, "
          + "the office can go over the details with you.");
    }
    return desk.anythingElse(reply);
  }
}
