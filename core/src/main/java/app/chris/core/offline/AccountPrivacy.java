package app.chris.core.offline;

import app.chris.core.port.IdentityStatus;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Words for account requests Chris must turn down or explain: another resident's balance, or a caller who will not
 * say who they are. Stateless.
 */
final class AccountPrivacy {
  private static final Pattern OTHERS_ACCOUNT = Pattern.compile(
      "(?i).*\\b(his|her|their|neighbou?r'?s|roommate'?s|someone else'?s|(?-i:[A-Z][a-z]+)'s)"
          + " (current )?(balance|account|rent|bill|payments?)\\b.*");
  // "What's the balance", "it's rent": the 's belongs to the question, not to another resident.
  private static final Pattern ASKS_OWN = Pattern.compile(
      "(?i).*\\b(what's|what is|it's|that's|there's|let's|who's|where's|how's) (current )?"
          + "(balance|account|rent|bill|payments?)\\b.*");

  private AccountPrivacy() {}

  /** What to say instead of going on, if the line is one of these. */
  static Optional<String> reply(Turn t) {
    if (othersAccount(t)) {
      return Optional.of("I'm sorry, I can only discuss an account with the resident on the lease, once I've "
          + "confirmed who they are. Is there anything about your own home or account I can help with?");
    }
    if (t.wants(Need.BALANCE) && t.facts().identity() != IdentityStatus.VERIFIED && t.said().matches(
        "(?i).*\\b(do(n't| not) want to (give|say|tell)|rather not|why do you need|just tell me)\\b.*")) {
      return Optional.of("I understand. To protect your account, I can only share it once I've confirmed who you "
          + "are. What's your full name and the address of your unit?");
    }
    return Optional.empty();
  }

  /** "Ben Cho's balance", "my neighbor's account": never anyone's but the caller's own, whatever they say. */
  static boolean othersAccount(Turn t) {
    return OTHERS_ACCOUNT.matcher(t.said()).matches() && !ASKS_OWN.matcher(t.said()).matches();
  }

}
