package app.chris.core.dialogue;

import app.chris.core.port.PhoneNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How Chris words numbers, money, phone numbers and the caller's own words said back to them. Stateless. */
final class Spoken {
  private Spoken() {}

  /** "$125.50", "$1,250" (whole dollars without cents), "a credit of $20" for negative balances. */
  static String money(BigDecimal amount) {
    BigDecimal abs = amount.abs().setScale(2, RoundingMode.HALF_UP);
    String pattern = abs.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.00";
    String text = "$" + new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US)).format(abs);
    return amount.signum() < 0 ? "a credit of " + text : text;
  }

  /** "(630) 555-0150" for North American numbers, E.164 otherwise. */
  static String phone(PhoneNumber number) {
    String d = number.digits();
    if (d.length() == 11 && d.startsWith("1")) {
      return "(" + d.substring(1, 4) + ") " + d.substring(4, 7) + "-" + d.substring(7);
    }
    return number.e164();
  }

  /** The caller's words turned to Chris's point of view: "my faucet" becomes "your faucet". */
  static String secondPerson(String text) {
    String s = " " + text.strip().replaceAll("[.!?]+$", "") + " ";
    s = s.replaceAll("(?i)\\bI'm\\b", "you're").replaceAll("(?i)\\bI am\\b", "you are")
        .replaceAll("(?i)\\bI've\\b", "you've").replaceAll("(?i)\\bI'd\\b", "you'd")
        .replaceAll("(?i)\\bI'll\\b", "you'll").replaceAll("\\bI\\b", "you")
        .replaceAll("(?i)\\bmy\\b", "your").replaceAll("(?i)\\bmine\\b", "yours")
        .replaceAll("(?i)\\bme\\b", "you").replaceAll("(?i)\\bmyself\\b", "yourself")
        .replaceAll("(?i)\\bour\\b", "your").replaceAll("(?i)\\bwe\\b", "you");
    return s.strip();
  }

  static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static String lowerFirst(String text) {
    if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
      return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return text;
  }
}
