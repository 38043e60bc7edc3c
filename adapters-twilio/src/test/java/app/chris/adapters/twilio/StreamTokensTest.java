package app.chris.adapters.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.adapters.twilio.StreamTokens.Redemption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class StreamTokensTest {
  private final TestClock clock = new TestClock();
  private final StreamTokens tokens = new InMemoryStreamTokens(clock);

  @Test
  void givenFreshToken_redeemForItsCall_isAccepted() {
    String token = tokens.issue("CA1");
    assertThat(tokens.redeem(token, "CA1")).isEqualTo(Redemption.ACCEPTED);
  }

  @Test
  void givenRedeemedToken_replay_isRefusedAsAlreadyUsed() {
    String token = tokens.issue("CA1");
    tokens.redeem(token, "CA1");
    assertThat(tokens.redeem(token, "CA1")).isEqualTo(Redemption.ALREADY_USED);
  }

  @Test
  void givenTokenOfAnotherCall_redeem_isRefusedAndBurnsTheToken() {
    String token = tokens.issue("CA1");
    assertThat(tokens.redeem(token, "CA2")).isEqualTo(Redemption.WRONG_CALL);
    assertThat(tokens.redeem(token, "CA1")).isEqualTo(Redemption.ALREADY_USED);
  }

  @Test
  void givenTokenOlderThan60Seconds_redeem_isRefusedAsExpired() {
    String token = tokens.issue("CA1");
    clock.advance(Duration.ofSeconds(60));
    assertThat(tokens.redeem(token, "CA1")).isEqualTo(Redemption.EXPIRED);
  }

  @Test
  void givenTokenJustInsideItsLifetime_redeem_isAccepted() {
    String token = tokens.issue("CA1");
    clock.advance(Duration.ofSeconds(59));
    assertThat(tokens.redeem(token, "CA1").accepted()).isTrue();
  }

  @Test
  void givenMadeUpOrMissingToken_redeem_isRefusedAsUnknown() {
    assertThat(tokens.redeem("guess", "CA1")).isEqualTo(Redemption.UNKNOWN);
    assertThat(tokens.redeem(null, "CA1")).isEqualTo(Redemption.UNKNOWN);
  }

  @Test
  void issuedTokens_areDistinctAndUrlSafe() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      seen.add(tokens.issue("CA1"));
    }
    assertThat(seen).hasSize(1000).allMatch(t -> t.matches("[A-Za-z0-9_-]{32}"));
  }

  @Test
  void givenManyThreadsRedeemingOneToken_exactlyOneIsAccepted() throws Exception {
    String token = tokens.issue("CA1");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Redemption>> attempts = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        attempts.add(() -> tokens.redeem(token, "CA1"));
      }
      long accepted = 0;
      for (Future<Redemption> f : pool.invokeAll(attempts)) {
        accepted += f.get().accepted() ? 1 : 0;
      }
      assertThat(accepted).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
