package app.chris.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.call.CallEvent;
import app.chris.core.port.PhoneNumber;
import org.junit.jupiter.api.Test;

class TextCallOutputTest {
  private final TextCallOutput output = new TextCallOutput();

  @Test
  void givenSentences_drain_returnsThemInOrderOnce() {
    output.say("Hello!");
    output.say("  ");
    output.say("How can I help?");

    assertThat(output.drainReplies()).containsExactly("Hello!", "How can I help?");
    assertThat(output.drainReplies()).isEmpty();
  }

  @Test
  void givenTransfer_callEndsWithOneTransferEventEvenWhenTheSessionAlsoReportsIt() {
    PhoneNumber office = new PhoneNumber("+12175550100");
    output.event(new CallEvent.ToolRan("transfer_call", true, "office"));
    output.transfer(office, "caller wants the office");
    output.event(new CallEvent.Transferred(office, "caller wants the office"));

    assertThat(output.ended()).isTrue();
    assertThat(output.drainEvents()).extracting(e -> e.get("type")).containsExactly("tool", "transfer");
  }

  @Test
  void givenActivityChangesAndListeningHints_events_leaveThemOut() {
    output.event(new CallEvent.StateChanged(CallEvent.Activity.LISTENING));
    output.event(new CallEvent.Expecting(app.chris.core.port.Expectation.ADDRESS));
    output.event(new CallEvent.ModelUsed("offline", "default", 3));

    assertThat(output.drainEvents()).singleElement().satisfies(e -> assertThat(e).containsEntry("type", "model")
        .containsEntry("model", "offline"));
  }

  @Test
  void givenHangUp_callIsEnded() {
    output.hangUp();

    assertThat(output.ended()).isTrue();
  }
}
