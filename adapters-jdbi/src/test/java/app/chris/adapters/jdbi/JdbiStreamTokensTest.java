package app.chris.adapters.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.StreamTokens;
import app.chris.core.port.StreamTokens.Redemption;
import app.chris.testkit.StreamTokensContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The StreamTokens contract on H2, plus what only a shared store can do: two instances, one token. */
class JdbiStreamTokensTest extends StreamTokensContract {
  private TestDb db;

  protected TestDb openDb() {
    return TestDb.h2();
  }

  @Override
  protected StreamTokens newTokens() {
    db = openDb();
    return new JdbiStreamTokens(db.database(), clock);
  }

  @AfterEach
  void closeDb() {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void givenTokenIssuedOnOneInstance_redeemOnAnother_isAcceptedOnceForBoth() {
    StreamTokens other = new JdbiStreamTokens(db.openAnother(), clock);
    String token = tokens.issue("CA1");

    assertThat(other.redeem(token, "CA1")).isEqualTo(Redemption.ACCEPTED);
    assertThat(tokens.redeem(token, "CA1")).isEqualTo(Redemption.ALREADY_USED);
  }

  @Test
  void givenTwoInstancesRedeemingOneTokenAtOnce_exactlyOneIsAccepted() throws Exception {
    StreamTokens other = new JdbiStreamTokens(db.openAnother(), clock);
    for (int round = 0; round < 5; round++) {
      String token = tokens.issue("CA1");
      assertThat(acceptedAmong(token, 16, tokens, other)).as("round %d", round).isEqualTo(1);
    }
  }

  @Test
  void givenStoredToken_theTableHoldsOnlyItsHash() {
    String token = tokens.issue("CA1");
    long plain = db.database().jdbi().withHandle(h -> h.createQuery(
        "SELECT COUNT(*) FROM stream_tokens WHERE token_hash = :t OR call_sid = :t").bind("t", token)
        .mapTo(Long.class).one());
    assertThat(plain).isZero();
  }
}
