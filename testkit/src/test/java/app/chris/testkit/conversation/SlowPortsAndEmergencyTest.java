package app.chris.testkit.conversation;

import static app.chris.testkit.conversation.ScenarioFlowsTest.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.call.AssistantDependencies;
import app.chris.core.call.AssistantSettings;
import app.chris.core.call.CallSession;
import app.chris.core.call.CallStart;
import app.chris.core.call.VoiceAssistant;
import app.chris.core.dialogue.Tools;
import app.chris.core.port.CallId;
import app.chris.core.port.Channel;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Priority;
import app.chris.core.port.Tenant;
import app.chris.core.port.TenantLedger;
import app.chris.core.routing.ModelLineup;
import app.chris.testkit.RecordingCallOutput;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A slow port gets a hold phrase; emergencies skip read-back and permission. */
class SlowPortsAndEmergencyTest {
  private final Harness h = new Harness();

  /** The demo ledger whose live balance lookup takes a while. */
  private final class SlowLedger implements TenantLedger {
    @Override
    public List<Tenant> tenants() {
      return h.portfolio.tenants();
    }

    @Override
    public Optional<BigDecimal> balance(String tenantId) {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return h.portfolio.balance(tenantId);
    }
  }

  @Test
  void a_slow_balance_lookup_gets_a_hold_phrase_before_the_answer() {
    VoiceAssistant assistant = new VoiceAssistant(new AssistantDependencies(h.portfolio, new SlowLedger(),
        h.knowledge, h.serviceDesk, h.callLog, h.outbox, ModelLineup.only(h.model), h.clock),
        new AssistantSettings(Duration.ofMillis(30), Duration.ofSeconds(5), 3));
    h.model.usesAll(call(Tools.VERIFY_IDENTITY, "fullName", "Ben Cho", "address", "120 Maple Court unit 1B"),
        call(Tools.GET_ACCOUNT, "topic", "balance"));
    RecordingCallOutput output = new RecordingCallOutput();
    CallSession session = assistant.startCall(new CallStart(new CallId("c_slow"), Channel.TEST,
        Optional.of(new PhoneNumber("+12175550102")), Optional.empty()), output);
    session.begin();
    output.sinceLast();

    session.onCallerText("Ben Cho, 120 Maple Court 1B, what's my balance?");

    String turn = output.sinceLast();
    assertThat(turn).contains("$125.50");
    assertThat(turn).matches("^(One moment|Let me check|Just a second|Bear with|Let me look|Give me just|Okay, "
        + "checking).*");
  }

  @Test
  void an_emergency_maintenance_request_is_filed_at_once_without_read_back_or_permission() {
    h.model.usesAll(call(Tools.NOTE_DETAILS, "address", "120 Maple Court unit 2B"),
        call(Tools.CREATE_SERVICE_REQUEST, "category", "plumbing", "description", "a pipe burst under the sink",
            "priority", "emergency"));
    Harness.Call call = h.call("+13125550188");

    String said = call.say("A pipe burst under my sink at 120 Maple Court 2B!");

    assertThat(said).contains("emergency").doesNotContain("Is that right?");
    assertThat(h.serviceDesk.recent(5)).singleElement().satisfies(r -> {
      assertThat(r.priority()).isEqualTo(Priority.EMERGENCY);
      assertThat(r.permissionToEnter()).isTrue();
      assertThat(r.unitId()).contains("U202");
    });
  }
}
