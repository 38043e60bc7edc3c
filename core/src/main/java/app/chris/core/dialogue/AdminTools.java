package app.chris.core.dialogue;

import app.chris.core.port.Admin;
import app.chris.core.port.Intent;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.ToolCall;
import app.chris.core.security.Pins;
import java.util.List;
import java.util.Optional;

/**
 * admin_login: only from an admin's registered number with the right PIN; three wrong PINs end admin mode for
 * the call and alert the office. From any other number it looks like an ordinary refusal.
 */
final class AdminTools implements Tool {
  static final int MAX_PIN_ATTEMPTS = 3;
  private final Desk desk;

  AdminTools(Desk desk) {
    this.desk = desk;
  }

  @Override
  public ToolReply run(ToolCall call) {
    CallContext ctx = desk.ctx;
    Optional<Admin> admin = registeredAdmin();
    if (admin.isEmpty()) {
      desk.act("admin_login", false, "not an admin number");
      return ToolReply.refused("not_admin", "Sorry, that's not something I can help with on this line.")
          .put(Tools.STATUS, "not_admin");
    }
    if (ctx.adminLocked) {
      return ToolReply.refused("locked", "I'm not able to turn on admin mode on this call.")
          .put(Tools.STATUS, "locked");
    }
    String pin = call.argument(Tools.Args.PIN).orElse("").replaceAll("[^0-9]", "");
    if (!pin.isEmpty() && Pins.matches(pin, admin.get().pinHash())) {
      ctx.admin = admin;
      ctx.intents.add(Intent.ADMIN_TRAINING);
      desk.act("admin_login", true, admin.get().name());
      String first = admin.get().name().split("\\s+")[0];
      return ToolReply.ok("ok").put(Tools.ADMIN_NAME, admin.get().name())
          .say("Thanks, " + first + ", admin mode is on. What would you like me to learn?");
    }
    ctx.pinFailures++;
    desk.act("admin_login", false, "wrong pin " + ctx.pinFailures);
    if (ctx.pinFailures >= MAX_PIN_ATTEMPTS) {
      ctx.adminLocked = true;
      desk.alert("Admin PIN attempts failed", "Three wrong admin PINs were given on one call; admin mode was "
          + "locked for that call.");
      return ToolReply.refused("locked", "That PIN didn't match. I'm not able to turn on admin mode on this call.")
          .put(Tools.STATUS, "locked");
    }
    return ToolReply.refused("wrong_pin", "That PIN didn't match. Please try again.")
        .put(Tools.STATUS, "wrong_pin").put(Tools.ATTEMPTS_LEFT, String.valueOf(MAX_PIN_ATTEMPTS - ctx.pinFailures));
  }

  private Optional<Admin> registeredAdmin() {
    Optional<PhoneNumber> from = desk.ctx.from;
    List<Admin> admins = desk.services.directory().admins();
    return from.flatMap(f -> admins.stream().filter(a -> a.phone().digits().equals(f.digits())).findFirst());
  }
}
