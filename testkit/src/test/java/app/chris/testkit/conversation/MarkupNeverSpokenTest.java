package app.chris.testkit.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.dialogue.Tools;
import org.junit.jupiter.api.Test;

/** Whatever a model passes through from the caller, Chris never reads markup or SQL aloud. */
class MarkupNeverSpokenTest {
  private final Harness h = new Harness();

  @Test
  void givenAComplaintWithMarkup_theReadBackDropsIt() {
    h.model.uses(Tools.RECORD_COMPLAINT, "summary",
        "the hallway light <img src=x onerror=alert(1)> is out'); DROP TABLE complaints;--");

    String readBack = h.call("+12175550101").say("the hallway light is out");

    assertThat(readBack).contains("hallway light").doesNotContainPattern("(?i)<|>|drop table|alert|;|--");
  }

  @Test
  void givenALeadNamedWithMarkup_theThanksDropsIt() {
    h.model.uses(Tools.CAPTURE_LEAD, "name", "<b>Sam</b> Lee", "phone", "630 555 0150", "interest", "tour");

    String thanks = h.call("+16305550150").say("I'd like a tour, I'm Sam Lee, 630 555 0150");

    assertThat(thanks).contains("Sam").doesNotContain("<", ">");
  }
}
