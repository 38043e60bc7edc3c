package app.chris.adapters.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.AudioFrame;
import org.junit.jupiter.api.Test;

class MarkLedgerTest {
  private final MarkLedger ledger = new MarkLedger();

  @Test
  void givenMarkEchoed_playedMillis_coversAudioSentBeforeTheMark() {
    send("u1", 3);
    String mark = ledger.mark("u1");
    send("u1", 2);

    assertThat(ledger.playedMillis("u1")).isZero();
    assertThat(ledger.echoed(mark)).isTrue();
    assertThat(ledger.playedMillis("u1")).isEqualTo(60);
    assertThat(ledger.sentMillis("u1")).isEqualTo(100);
  }

  @Test
  void givenLaterMarkEchoed_earlierPendingMarksCountAsPlayedToo() {
    send("u1", 1);
    ledger.mark("u1");
    send("u1", 1);
    String second = ledger.mark("u1");

    ledger.echoed(second);

    assertThat(ledger.playedMillis("u1")).isEqualTo(40);
    assertThat(ledger.awaitingPlayback()).isFalse();
  }

  @Test
  void givenBargeInClear_echoesOfClearedMarksProveNothing() {
    send("u1", 2);
    String heard = ledger.mark("u1");
    send("u1", 5);
    String cut = ledger.mark("u1");
    ledger.echoed(heard);

    ledger.cleared();

    assertThat(ledger.echoed(cut)).isFalse();
    assertThat(ledger.playedMillis("u1")).isEqualTo(40);
    assertThat(ledger.awaitingPlayback()).isFalse();
  }

  @Test
  void givenSeveralUtterances_eachKeepsItsOwnCount() {
    send("u1", 2);
    String endOfFirst = ledger.mark("u1");
    send("u2", 4);
    String endOfSecond = ledger.mark("u2");

    ledger.echoed(endOfFirst);
    assertThat(ledger.playedMillis("u1")).isEqualTo(40);
    assertThat(ledger.playedMillis("u2")).isZero();
    assertThat(ledger.awaitingPlayback()).isTrue();

    ledger.echoed(endOfSecond);
    assertThat(ledger.playedMillis("u2")).isEqualTo(80);
  }

  @Test
  void givenUnknownEcho_nothingChanges() {
    send("u1", 2);
    ledger.mark("u1");
    assertThat(ledger.echoed("someone-else#1")).isFalse();
    assertThat(ledger.playedMillis("u1")).isZero();
    assertThat(ledger.playedMillis("never-spoken")).isZero();
  }

  @Test
  void givenCallerChosenMarkNames_echoes_countTheSameWay() {
    send("u1", 4);
    ledger.mark("u1", "sentence-1");
    ledger.echoed("sentence-1");
    assertThat(ledger.playedMillis("u1")).isEqualTo(80);
  }

  @Test
  void markNames_areUniqueEvenForTheSameUtterance() {
    assertThat(ledger.mark("u1")).isNotEqualTo(ledger.mark("u1"));
  }

  private void send(String utterance, int frames) {
    for (int i = 0; i < frames; i++) {
      ledger.sent(utterance, new AudioFrame(new byte[AudioFrame.PHONE_FRAME_BYTES]));
    }
  }
}
