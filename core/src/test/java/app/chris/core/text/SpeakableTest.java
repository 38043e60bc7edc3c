package app.chris.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** What Chris reads back from a caller's words: no markup, no SQL, no code punctuation; plain words untouched. */
class SpeakableTest {

  @Example
  void markupAndSql_areDropped_wordsKept() {
    String said = "toilet is clogged'); DROP TABLE service_requests;-- <script>alert(1)</script> Gus Hale, 12 Oak Street";

    assertThat(Speakable.of(said)).isEqualTo("toilet is clogged Gus Hale, 12 Oak Street");
  }

  @Example
  void plainSpeech_isUnchanged() {
    String said = "the kitchen faucet's dripping (again), since Monday. Can someone come at 9:30?";

    assertThat(Speakable.of(said)).isEqualTo(said);
  }

  @Example
  void anUnclosedTag_isDroppedToTheEnd() {
    assertThat(Speakable.of("my heater <img src=x onerror=alert(1)")).isEqualTo("my heater");
  }

  @Example
  void escapedMarkup_isDroppedToo() {
    assertThat(Speakable.of("the door &lt;script&gt;x&lt;/script&gt; sticks &amp; squeaks"))
        .isEqualTo("the door sticks & squeaks");
  }

  @Property(tries = 300)
  void anyText_neverCarriesAngleBracketsOrStatementBreaks(@ForAll @StringLength(max = 200) String said) {
    assertThat(Speakable.of(said)).doesNotContain("<", ">", ";", "--");
  }
}
