package app.chris.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.Speaker;
import app.chris.core.port.TranscriptLine;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallMemoryTest {
  private final CallMemory memory = new CallMemory(Clock.systemUTC(), 24, 600);

  private List<String> lines() {
    return memory.transcript().stream().map(l -> l.speaker() + ": " + l.text()).toList();
  }

  @Test
  void givenTheTailOfChrisTurnUnheard_interrupted_dropsItAndMarksWhereTheCallerCutIn() {
    memory.add(Speaker.CALLER, "When is the pool open?");
    memory.add(Speaker.ASSISTANT, "It opens at ten.");
    memory.add(Speaker.ASSISTANT, "It closes at eight.");
    memory.add(Speaker.ASSISTANT, "Guests need a pass.");

    memory.interrupted(List.of("It closes at eight.", "Guests need a pass."));

    assertThat(lines()).containsExactly("CALLER: When is the pool open?", "ASSISTANT: It opens at ten. [interrupted]");
  }

  @Test
  void givenNothingOfTheTurnHeard_interrupted_leavesOnlyTheMark() {
    memory.add(Speaker.CALLER, "When is the pool open?");
    memory.add(Speaker.ASSISTANT, "It opens at ten.");

    memory.interrupted(List.of("It opens at ten."));

    assertThat(lines()).containsExactly("CALLER: When is the pool open?", "ASSISTANT: [interrupted]");
  }

  @Test
  void givenSentencesThatAreNotChrisLastWords_interrupted_changesNothing() {
    memory.add(Speaker.ASSISTANT, "It opens at ten.");
    memory.add(Speaker.CALLER, "Thanks.");

    memory.interrupted(List.of("It opens at ten."));

    assertThat(memory.transcript()).extracting(TranscriptLine::text).containsExactly("It opens at ten.", "Thanks.");
  }
}
