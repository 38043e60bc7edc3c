package app.chris.adapters.elevenlabs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBufferTest {
  private static List<String> sentences(String... pieces) {
    SentenceBuffer buffer = new SentenceBuffer();
    List<String> out = new ArrayList<>();
    for (String piece : pieces) {
      out.addAll(buffer.add(piece));
    }
    buffer.rest().ifPresent(out::add);
    return out;
  }

  @Test
  void givenTokensSplitAnywhere_sentences_comeOutWholeAndInOrder() {
    assertThat(sentences("Hel", "lo there", ". How are", " you? I'm ", "fine!"))
        .containsExactly("Hello there.", "How are you?", "I'm fine!");
  }

  @Test
  void givenDecimalSplitAcrossTokens_sentences_doNotBreakTheNumber() {
    assertThat(sentences("You owe $1.", "50 today. ")).containsExactly("You owe $1.50 today.");
  }

  @Test
  void givenEverySlicingOfAText_sentences_areTheSame() {
    String text = "Your balance is $12.50. Rent is due on 3/1! Anything else? Thanks";
    for (int cut = 1; cut < text.length(); cut++) {
      assertThat(sentences(text.substring(0, cut), text.substring(cut)))
          .as("cut at %d", cut)
          .containsExactly("Your balance is $12.50.", "Rent is due on 3/1!", "Anything else?", "Thanks");
    }
  }
}
