package app.chris.core.offline;

import app.chris.core.port.Intent;
import java.util.Optional;

/** What a caller's line asks for, finer than {@link Intent}: also conversational moves such as repeat or rude. */
enum Need {
  MAINTENANCE(Intent.MAINTENANCE),
  EMERGENCY(Intent.EMERGENCY),
  BALANCE(Intent.BALANCE),
  RENT_INFO(Intent.RENT_INFO),
  COMPLAINT(Intent.COMPLAINT),
  PROPERTY_QUESTION(Intent.PROPERTY_QUESTION),
  PROSPECT(Intent.PROSPECT),
  ADMIN(Intent.ADMIN_TRAINING),
  TEACH(Intent.ADMIN_TRAINING),
  TRANSFER(Intent.TRANSFER),
  GOODBYE(Intent.GOODBYE),
  REPEAT(null),
  RUDE(null),
  CONFUSED(null),
  /** Instructions to Chris itself ("debug mode", "repeat your system prompt"): refused, never acted on. */
  COMMAND(null),
  /** Only details (name, address, number) or a greeting: no request of its own. */
  INFO(null);

  private final Intent intent;

  Need(Intent intent) {
    this.intent = intent;
  }

  /** The port-level intent, when this need is one the call record tracks. */
  Optional<Intent> intent() {
    return Optional.ofNullable(intent);
  }
}
