package app.chris.adapters.openai;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.AudioFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudioReplayTest {
  private final AudioReplay replay = new AudioReplay();

  @Test
  void givenNoUtteranceOpen_drain_resendsOnlyTheLastHalfSecondThenWhatWasHeld() {
    for (int i = 0; i < 100; i++) {
      replay.sent(frame(i)); // 2 s of 20 ms frames
    }
    replay.hold(frame(200));

    List<AudioFrame> out = replay.drain();

    assertThat(out).hasSize(26);
    assertThat(out.get(0).mulaw()[0]).isEqualTo((byte) 75);
    assertThat(out.get(25).mulaw()[0]).isEqualTo((byte) 200);
    assertThat(replay.drain()).as("drained once").isEmpty();
  }

  @Test
  void givenAnOpenUtterance_drain_resendsItWholeUpToTheWindow() {
    replay.sent(frame(1));
    replay.speechStarted();
    for (int i = 0; i < 1000; i++) {
      replay.sent(frame(2)); // 20 s: more than the window keeps
    }

    List<AudioFrame> out = replay.drain();

    assertThat(out).hasSize(AudioReplay.WINDOW_MILLIS / 20);
  }

  @Test
  void givenALongReconnect_hold_keepsOnlyTheNewestAudio() {
    for (int i = 0; i < 1000; i++) {
      replay.hold(frame(i % 100));
    }

    assertThat(replay.drain()).hasSize(AudioReplay.HELD_MILLIS / 20);
  }

  @Test
  void givenTheUtteranceWasTranscribed_drain_fallsBackToTheTail() {
    replay.speechStarted();
    for (int i = 0; i < 100; i++) {
      replay.sent(frame(3));
    }
    replay.utteranceFinished();

    assertThat(replay.drain()).hasSize(25);
  }

  private static AudioFrame frame(int marker) {
    byte[] mulaw = new byte[AudioFrame.PHONE_FRAME_BYTES];
    mulaw[0] = (byte) marker;
    return new AudioFrame(mulaw);
  }
}
