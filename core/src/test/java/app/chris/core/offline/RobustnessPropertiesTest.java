package app.chris.core.offline;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.dialogue.ToolCatalog;
import app.chris.core.port.CallFacts;
import app.chris.core.port.ConversationMemory;
import app.chris.core.port.ModelReply;
import app.chris.core.port.Prompt;
import app.chris.core.port.Speaker;
import app.chris.core.port.ToolSpec;
import app.chris.core.port.TranscriptLine;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Whatever a caller (or a garbled transcript) says, the engine answers with something valid and offered. */
class RobustnessPropertiesTest {
  private static final OfflineLanguageModel MODEL = new OfflineLanguageModel();
  private static final List<String> OFFERED = ToolCatalog.all().stream().map(ToolSpec::name)
      .collect(Collectors.toList());

  @Property(tries = 300)
  void anyLine_complete_givesWordsOrOfferedToolsAndNeverThrows(@ForAll @StringLength(max = 120) String said) {
    Prompt prompt = new Prompt("", new ConversationMemory("",
        List.of(new TranscriptLine(Speaker.CALLER, said, Instant.EPOCH)), CallFacts.empty()), ToolCatalog.all(),
        List.of(), Optional.empty());
    ModelReply reply = MODEL.complete(prompt, d -> {});
    if (reply instanceof ModelReply.ToolUse) {
      assertThat(((ModelReply.ToolUse) reply).calls()).allSatisfy(c -> assertThat(OFFERED).contains(c.name()));
    } else {
      assertThat(reply.text()).isNotBlank();
    }
  }
}
