package app.chris.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.StreamTokens;
import app.chris.core.port.StreamTokens.Redemption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link StreamTokens} must show: single use, bound to one call, a 60-second lifetime, and one
 * winner among concurrent redemptions. Subclasses return a fresh store whose clock is {@link #clock}.
 */
public abstract class StreamTokensContract {
  protected final MutableClock clock = MutableClock.startingNow();
  protected StreamTokens tokens;

  protected abstract StreamTokens newTokens();

  @BeforeEach
  void createStore() {
    tokens = newTokens();
  }

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
    clock.advance(StreamTokens.LIFETIME);
    assertThat(tokens.redeem(token, "CA1")).isEqualTo(Redemption.EXPIRED);
  }

  @Test
  void givenTokenJustInsideItsLifetime_redeem_isAccepted() {
    String token = tokens.issue("CA1");
    clock.advance(StreamTokens.LIFETIME.minusSeconds(1));
    assertThat(tokens.redeem(token, "CA1").accepted()).isTrue();
  }

  @Test
  void givenMadeUpOrMissingToken_redeem_isRefusedAsUnknown() {
    assertThat(tokens.redeem("guess", "CA1")).isEqualTo(Redemption.UNKNOWN);
    assertThat(tokens.redeem(null, "CA1")).isEqualTo(Redemption.UNKNOWN);
  }

  @Test
  void givenOtherCallsTokensExpiring_aLaterTokenStillWorks() {
    tokens.issue("CA1");
    clock.advance(Duration.ofMinutes(30));
    String token = tokens.issue("CA2");
    assertThat(tokens.redeem(token, "CA2")).isEqualTo(Redemption.ACCEPTED);
  }

  @Test
  void issuedTokens_areDistinctAndUrlSafe() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      seen.add(tokens.issue("CA1"));
    }
    assertThat(seen).hasSize(200).allMatch(t -> t.matches("[A-Za-z0-9_-]{32}"));
  }

  @Test
  void givenManyThreadsRedeemingOneToken_exactlyOneIsAccepted() throws Exception {
    String token = tokens.issue("CA1");
    assertThat(acceptedAmong(token, 32, tokens)).isEqualTo(1);
  }

  /** Redeems {@code token} from {@code attempts} tasks on 8 threads, spread over {@code stores}; counts accepts. */
  protected static long acceptedAmong(String token, int attempts, StreamTokens... stores) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Redemption>> tasks = new ArrayList<>();
      for (int i = 0; i < attempts; i++) {
        StreamTokens store = stores[i % stores.length];
        tasks.add(() -> store.redeem(token, "CA1"));
      }
      long accepted = 0;
      for (Future<Redemption> f : pool.invokeAll(tasks)) {
        accepted += f.get().accepted() ? 1 : 0;
      }
      return accepted;
    } finally {
      pool.shutdownNow();
    }
  }
}
