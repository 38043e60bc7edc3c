package app.chris.core.call;

import app.chris.core.port.Expectation;
import app.chris.core.port.PendingConfirmation;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads what Chris's last words asked for: whoever phrased the question (a core flow or the model), its words
 * tell whether the caller will answer with an address, a phone number or digits. A pending yes/no wins: those
 * answers are short. Stateless.
 */
final class Expectations {
  private static final Pattern ASKING = Pattern.compile(
      "(?i)(\\?\\s*$|^(please |now )?(tell|give|say|spell|enter|type|read)\\b|^go ahead)");
  private static final Pattern PHONE = Pattern.compile(
      "(?i)\\b(phone|cell|mobile|callback|call-back|contact|best|good) number\\b|\\bnumber (where|to) (we|i)\\b");
  private static final Pattern ADDRESS = Pattern.compile(
      "(?i)\\baddress\\b|\\bwhich (street|building|property)\\b|\\bwhere (do you live|are you located)\\b");
  private static final Pattern DIGITS = Pattern.compile(
      "(?i)\\bpin\\b|\\b(unit|apartment|apt|account|confirmation|reference) number\\b|\\b(which|what) unit\\b"
          + "|\\bdigits\\b|\\bcode\\b");

  private Expectations() {}

  static Expectation after(Optional<String> lastSaid, Optional<PendingConfirmation> pending) {
    if (pending.isPresent() || lastSaid.isEmpty() || !ASKING.matcher(lastSaid.get().strip()).find()) {
      return Expectation.ANYTHING;
    }
    String asked = lastSaid.get();
    if (PHONE.matcher(asked).find()) {
      return Expectation.PHONE_NUMBER;
    }
    if (ADDRESS.matcher(asked).find()) {
      return Expectation.ADDRESS;
    }
    return DIGITS.matcher(asked).find() ? Expectation.DIGITS : Expectation.ANYTHING;
  }
}
