package app.chris.testkit.conversation;

import static app.chris.testkit.conversation.ScenarioFlowsTest.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.call.CallRecovery;
import app.chris.core.dialogue.Tools;
import app.chris.core.port.CallAction;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Effect;
import app.chris.core.port.Notice;
import app.chris.core.port.OutboxEntry;
import app.chris.core.port.Outcome;
import app.chris.core.port.TranscriptLine;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calls a crashed process left open are finished at the next start, with what was committed turn by turn. */
class CallRecoveryTest {
  private final Harness h = new Harness();

  private CallRecovery recovery() {
    return new CallRecovery(h.callLog, h.portfolio, h.serviceDesk, h.clock);
  }

  @Test
  void a_call_cut_off_mid_conversation_keeps_its_transcript_is_closed_and_sends_its_transcript_email() {
    h.model.usesAll(call(Tools.NOTE_DETAILS, "address", "120 Maple Court unit 1A"),
        call(Tools.CREATE_SERVICE_REQUEST, "category", "plumbing", "description", "the toilet runs",
            "priority", "low", "permissionToEnter", "yes")).uses(Tools.CONFIRM, "answer", "yes");
    Harness.Call cut = h.call("+12175550101");
    h.clock.advance(Duration.ofSeconds(20));
    cut.say("The toilet runs at 120 Maple Court 1A");
    h.clock.advance(Duration.ofSeconds(20));
    cut.say("yes");
    h.clock.advance(Duration.ofMinutes(5)); // the process died; nothing more was committed

    assertThat(recovery().recover(h.clock.instant())).isEqualTo(1);

    CallRecord record = h.callLog.find(cut.session().id()).orElseThrow();
    assertThat(record.ended()).isTrue();
    assertThat(record.endedAt()).get().isEqualTo(lastCommitted(record));
    assertThat(record.outcome()).contains(Outcome.SERVICE_REQUEST);
    assertThat(record.transcript()).extracting(TranscriptLine::text)
        .contains("The toilet runs at 120 Maple Court 1A", "yes");
    assertThat(record.actions()).extracting(CallAction::kind).endsWith("recovered");
    assertThat(record.summary()).contains("Outcome: service_request").contains("recovered");
    List<Effect> effects = h.outbox.forCall(record.id()).stream().map(e -> e.message().effect()).toList();
    assertThat(effects).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Effect.Email.class,
        m -> assertThat(m.notice()).isInstanceOfSatisfying(Notice.CallTranscript.class, t -> {
          assertThat(t.call()).isEqualTo(record);
          assertThat(t.requests()).hasSize(1);
        })));
    assertThat(effects).anyMatch(e -> e instanceof Effect.CallNote);
  }

  @Test
  void a_call_cut_off_before_the_caller_said_anything_is_abandoned_and_recovery_runs_once() {
    Harness.Call silent = h.call("+13125550188");
    Harness.Call finished = h.call("+13125550199");
    finished.session().hangUp();
    int rowsBefore = h.outbox.all().size();

    assertThat(recovery().recover(h.clock.instant().plusSeconds(1))).isEqualTo(1);
    assertThat(recovery().recover(h.clock.instant().plusSeconds(1))).isZero();

    assertThat(h.callLog.find(silent.session().id()).orElseThrow().outcome()).contains(Outcome.ABANDONED);
    assertThat(h.outbox.all()).hasSize(rowsBefore + 2);
    assertThat(h.outbox.all()).extracting(OutboxEntry::message).extracting(m -> m.idempotencyKey())
        .doesNotHaveDuplicates();
  }

  @Test
  void a_call_started_after_the_cut_off_is_left_alone() {
    Harness.Call live = h.call("+13125550188");

    assertThat(recovery().recover(h.clock.instant())).isZero();

    assertThat(h.callLog.find(live.session().id()).orElseThrow().ended()).isFalse();
  }

  private static java.time.Instant lastCommitted(CallRecord record) {
    return record.transcript().get(record.transcript().size() - 1).at();
  }
}
