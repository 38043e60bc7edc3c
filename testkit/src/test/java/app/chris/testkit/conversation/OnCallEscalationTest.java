package app.chris.testkit.conversation;

import static app.chris.testkit.conversation.ScenarioFlowsTest.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.call.CallSession;
import app.chris.core.call.CallStart;
import app.chris.core.call.TransferStep;
import app.chris.core.dialogue.Tools;
import app.chris.core.port.CallAction;
import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Channel;
import app.chris.core.port.Effect;
import app.chris.core.port.Notice;
import app.chris.core.port.Outcome;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Speaker;
import app.chris.core.port.TranscriptLine;
import app.chris.testkit.RecordingCallOutput;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An emergency on the phone is put through to the on-call contacts in order (demo: "On-call maintenance"
 * +12175550199, then "Maintenance supervisor" +12175550198); when nobody answers, Chris comes back, an urgent
 * alert goes out and the caller's message is passed on. Every step is in the record.
 */
class OnCallEscalationTest {
  private static final PhoneNumber FIRST = new PhoneNumber("+12175550199");
  private static final PhoneNumber SECOND = new PhoneNumber("+12175550198");
  private final Harness h = new Harness();
  private final RecordingCallOutput line = new RecordingCallOutput();

  private CallSession phoneCallReportingGas() {
    h.model.usesAll(call(Tools.NOTE_DETAILS, "address", "21 Oak Street"),
        call(Tools.REPORT_EMERGENCY, "kind", "gas", "description", "strong gas smell in the hallway"));
    CallSession session = h.assistant().startCall(new CallStart(new CallId("c_gas"), Channel.PHONE,
        Optional.of(new PhoneNumber("+12175550107")), Optional.empty()), line);
    session.begin();
    session.onCallerText("I smell gas in the hallway at 21 Oak Street!");
    return session;
  }

  @Test
  void the_first_contact_is_rung_with_a_one_sentence_summary_and_the_caller_is_told_to_stay_on() {
    CallSession session = phoneCallReportingGas();

    assertThat(line.all()).containsIgnoringCase("stay on the line").containsIgnoringCase("leave");
    assertThat(line.transferredTo()).contains(FIRST);
    assertThat(line.hungUp()).isFalse();
    assertThat(session.awaitingTransfer()).isTrue();
    assertThat(h.serviceDesk.recent(5)).singleElement().satisfies(r -> assertThat(r.unitId()).contains("U302"));
    assertThat(actions()).contains("on_call_dial");
  }

  @Test
  void when_the_first_contact_does_not_answer_the_second_is_rung_and_an_answer_ends_the_call() {
    CallSession session = phoneCallReportingGas();

    TransferStep next = session.transferEnded(false, "no-answer");

    assertThat(next).isInstanceOfSatisfying(TransferStep.Dial.class, dial -> {
      assertThat(dial.to()).isEqualTo(SECOND);
      assertThat(dial.whisper()).startsWith("Emergency call from Chris at Lakeside").contains("gas", "21 Oak")
          .endsWith("connecting you now.");
    });
    assertThat(session.transferEnded(true, "completed, 95 s")).isInstanceOf(TransferStep.Finished.class);
    CallRecord record = h.callLog.find(session.id()).orElseThrow();
    assertThat(record.ended()).isTrue();
    assertThat(record.outcome()).contains(Outcome.EMERGENCY);
    assertThat(record.actions()).extracting(a -> a.kind() + (a.ok() ? "" : "!")).containsSubsequence(
        "escalate_on_call", "emergency_filed", "on_call_dial", "on_call_no_answer!", "on_call_dial",
        "on_call_answered");
    assertThat(record.actions()).filteredOn(a -> a.kind().equals("on_call_no_answer")).singleElement()
        .satisfies(a -> assertThat(a.detail()).contains("On-call maintenance", "+12175550199", "no-answer"));
    assertThat(alerts()).extracting(Notice.UrgentAlert::subject).noneMatch(s -> s.startsWith("On-call not reached"));
  }

  @Test
  void when_nobody_answers_chris_comes_back_alerts_the_office_and_passes_the_callers_message_on() {
    CallSession session = phoneCallReportingGas();
    session.transferEnded(false, "no-answer");

    assertThat(session.transferEnded(false, "busy")).isInstanceOf(TransferStep.BackToAssistant.class);
    assertThat(alerts()).extracting(Notice.UrgentAlert::subject).contains("On-call not reached: gas");
    RecordingCallOutput back = new RecordingCallOutput();
    session.resume(back);
    assertThat(back.all()).contains("couldn't reach our on-call team").contains("911").endsWith("?");

    session.onCallerText("The smell is coming from apartment next door, please hurry.");

    assertThat(back.all()).contains("passed that on as urgent");
    assertThat(back.hungUp()).isTrue();
    CallRecord record = h.callLog.find(session.id()).orElseThrow();
    assertThat(record.ended()).isTrue();
    assertThat(record.actions()).extracting(CallAction::kind).containsSubsequence("on_call_no_answer",
        "on_call_no_answer", "on_call_unreachable", "message_taken");
    assertThat(record.transcript()).filteredOn(l -> l.speaker() == Speaker.CALLER).extracting(TranscriptLine::text)
        .contains("The smell is coming from apartment next door, please hurry.");
    assertThat(alerts()).filteredOn(a -> a.subject().startsWith("Message from an emergency caller")).singleElement()
        .satisfies(a -> assertThat(a.body()).contains("apartment next door").contains("21 Oak"));
    assertThat(alerts()).allSatisfy(a -> assertThat(a.subject()).doesNotContain("+1", "Oak", "Hana"));
  }

  @Test
  void a_caller_who_hangs_up_while_on_call_is_ringing_leaves_that_step_in_the_record() {
    CallSession session = phoneCallReportingGas();

    CallRecord record = session.hangUp();

    assertThat(record.actions()).extracting(CallAction::kind).endsWith("on_call_not_completed");
    assertThat(session.transferEnded(false, "no-answer")).isInstanceOf(TransferStep.Finished.class);
  }

  @Test
  void a_text_test_call_keeps_the_caller_with_chris_and_files_the_emergency() {
    h.model.usesAll(call(Tools.NOTE_DETAILS, "address", "21 Oak Street"),
        call(Tools.REPORT_EMERGENCY, "kind", "gas", "description", "strong gas smell in the hallway"));
    Harness.Call text = h.call("+12175550107");

    String said = text.say("I smell gas in the hallway at 21 Oak Street!");

    assertThat(said).contains("call you right back").doesNotContain("stay on the line");
    assertThat(text.output().transferredTo()).isEmpty();
    assertThat(text.session().awaitingTransfer()).isFalse();
  }

  private List<String> actions() {
    return h.callLog.find(new CallId("c_gas")).orElseThrow().actions().stream().map(CallAction::kind).toList();
  }

  private List<Notice.UrgentAlert> alerts() {
    return h.outbox.all().stream().map(e -> e.message().effect()).filter(e -> e instanceof Effect.Email)
        .map(e -> ((Effect.Email) e).notice()).filter(n -> n instanceof Notice.UrgentAlert)
        .map(n -> (Notice.UrgentAlert) n).toList();
  }
}
