package app.chris.core.voice;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhraseQueueTest {
  private static Optional<PortException> failure(FailureKind kind) {
    return Optional.of(new PortException(kind, "x"));
  }

  @Test
  void givenARefusedKey_result_stopsTheWarmUpAtOnce() {
    PhraseQueue queue = new PhraseQueue(List.of("a", "b", "c"));
    queue.next();

    queue.result(failure(FailureKind.AUTHENTICATION));

    assertThat(queue.next()).isEmpty();
    assertThat(queue.stoppedBy()).map(PortException::kind).contains(FailureKind.AUTHENTICATION);
  }

  @Test
  void givenOneGlitchOrOneInvalidPhrase_result_skipsItAndGoesOn() {
    PhraseQueue queue = new PhraseQueue(List.of("a", "b", "c", "d"));
    queue.next();
    queue.result(failure(FailureKind.UNAVAILABLE));
    queue.next();
    queue.result(Optional.empty());
    queue.next();
    queue.result(failure(FailureKind.INVALID_REQUEST));

    assertThat(queue.next()).contains("d");
    assertThat(queue.stoppedBy()).isEmpty();
  }

  @Test
  void givenThreeFailuresInARow_result_stopsBecauseTheVoiceIsDown() {
    PhraseQueue queue = new PhraseQueue(List.of("a", "b", "c", "d"));
    for (int i = 0; i < PhraseQueue.MAX_FAILURES_IN_A_ROW; i++) {
      queue.next();
      queue.result(failure(FailureKind.TIMEOUT));
    }

    assertThat(queue.next()).isEmpty();
    assertThat(queue.stoppedBy()).map(PortException::kind).contains(FailureKind.TIMEOUT);
  }
}
