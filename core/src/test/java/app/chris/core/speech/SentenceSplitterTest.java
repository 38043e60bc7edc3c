package app.chris.core.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  @Test
  void sentences_come_out_as_soon_as_they_end_and_money_does_not_split() {
    SentenceSplitter splitter = new SentenceSplitter();
    assertThat(splitter.add("Your balance is $125.")).isEmpty();
    assertThat(splitter.add("50 today. Anything ")).containsExactly("Your balance is $125.50 today.");
    assertThat(splitter.add("else?")).isEmpty();
    assertThat(splitter.finish()).containsExactly("Anything else?");
  }

  @Test
  void street_abbreviations_do_not_end_a_sentence() {
    assertThat(SentenceSplitter.split("I'm at 120 Maple Ct. unit 1A. Is that right?"))
        .containsExactly("I'm at 120 Maple Ct. unit 1A.", "Is that right?");
  }

  @Property
  void any_chunking_gives_the_same_sentences(@ForAll @IntRange(min = 1, max = 12) int chunk) {
    String text = "Hi there! The pool opens at 10am. Rent is $1,250.00 a month. Would you like a tour?";
    SentenceSplitter splitter = new SentenceSplitter();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i += chunk) {
      out.addAll(splitter.add(text.substring(i, Math.min(text.length(), i + chunk))));
    }
    out.addAll(splitter.finish());
    assertThat(out).isEqualTo(SentenceSplitter.split(text)).hasSize(4);
  }
}
