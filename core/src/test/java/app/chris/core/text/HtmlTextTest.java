package app.chris.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void markupSaidByACallerIsShownAsTextNeverRun() {
    assertThat(HtmlText.escape("<script>alert('x')</script> & \"more\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;");
  }

  @Test
  void plainWordsAreUnchanged() {
    assertThat(HtmlText.escape("My sink at 120 Maple Court, unit 1B")).isEqualTo("My sink at 120 Maple Court, unit 1B");
  }
}
