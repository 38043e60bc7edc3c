package app.chris.core.voice;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.AudioFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MulawFramerTest {
  @Test
  void givenOddSizedChunks_push_yieldsWholePhoneFramesAndAPaddedTail() {
    MulawFramer framer = new MulawFramer();
    List<AudioFrame> frames = new ArrayList<>(framer.push(new byte[100]));
    frames.addAll(framer.push(new byte[250]));
    framer.finish().ifPresent(frames::add);

    assertThat(frames).hasSize(3).allSatisfy(f -> assertThat(f.mulaw()).hasSize(160));
    assertThat(frames.get(2).mulaw()[29]).isEqualTo((byte) 0);
    assertThat(frames.get(2).mulaw()[30]).isEqualTo(MulawFramer.SILENCE);
  }

  @Test
  void givenExactFrames_finish_addsNothing() {
    assertThat(MulawFramer.frames(new byte[320])).hasSize(2);
  }
}
