package app.chris.adapters.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class SseReaderTest {

  @Test
  void givenMultiLineDataCommentsAndCrLf_next_yieldsJoinedEventsUntilDone() throws IOException {
    SseReader reader = reader(": hello\r\ndata: {\"a\":\r\ndata:1}\r\n\r\nevent: chunk\ndata: two\n\ndata: [DONE]\n\ndata: after\n\n");

    assertThat(all(reader)).containsExactly("{\"a\":\n1}", "two");
    assertThat(reader.sawDone()).isTrue();
    assertThat(reader.malformedLines()).isZero();
  }

  @Test
  void givenStreamEndingMidEvent_next_dropsTheIncompleteEventAndReportsNoDone() throws IOException {
    SseReader reader = reader("data: whole\n\ndata: half");

    assertThat(all(reader)).containsExactly("whole");
    assertThat(reader.sawDone()).isFalse();
  }

  @Test
  void givenUnknownFieldsAndBlankRuns_next_countsMalformedLinesAndKeepsGoing() throws IOException {
    SseReader reader = reader("\n\ngarbage\nfoo: bar\ndata: ok\n\n");

    assertThat(all(reader)).containsExactly("ok");
    assertThat(reader.malformedLines()).isEqualTo(2);
  }

  @Test
  void givenALineThatNeverEnds_next_failsInsteadOfBufferingForever() {
    SseReader reader = reader("data: " + "x".repeat((int) SseReader.MAX_LINE_BYTES + 10));

    org.assertj.core.api.Assertions.assertThatThrownBy(reader::next).isInstanceOf(IOException.class)
        .hasMessageContaining("longer than");
  }

  @Test
  void givenAnEventOfEndlessDataLines_next_fails() {
    String line = "data: " + "y".repeat(1000) + "\n";
    SseReader reader = reader(line.repeat(SseReader.MAX_EVENT_CHARS / 1000 + 10));

    org.assertj.core.api.Assertions.assertThatThrownBy(reader::next).isInstanceOf(IOException.class);
  }

  @Test
  void givenALastLineWithoutNewline_next_stillEndsCleanly() throws IOException {
    assertThat(all(reader("data: a\n\ndata: [DONE]"))).containsExactly("a");
  }

  private static SseReader reader(String text) {
    return new SseReader(new Buffer().writeUtf8(text));
  }

  private static List<String> all(SseReader reader) throws IOException {
    List<String> events = new ArrayList<>();
    for (Optional<String> data = reader.next(); data.isPresent(); data = reader.next()) {
      events.add(data.get());
    }
    return events;
  }
}
