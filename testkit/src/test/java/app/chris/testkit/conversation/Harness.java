package app.chris.testkit.conversation;

import app.chris.core.call.AssistantDependencies;
import app.chris.core.call.AssistantSettings;
import app.chris.core.call.CallSession;
import app.chris.core.call.CallStart;
import app.chris.core.call.VoiceAssistant;
import app.chris.core.port.CallId;
import app.chris.core.port.Channel;
import app.chris.core.port.PhoneNumber;
import app.chris.core.routing.ModelLineup;
import app.chris.testkit.InMemoryCallLog;
import app.chris.testkit.InMemoryKnowledgeStore;
import app.chris.testkit.InMemoryOutbox;
import app.chris.testkit.InMemoryPortfolio;
import app.chris.testkit.InMemoryServiceDesk;
import app.chris.testkit.MutableClock;
import app.chris.testkit.RecordingCallOutput;
import app.chris.testkit.ScriptedLanguageModel;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The demo company wired to in-memory fakes and a scripted model, for conversation tests. */
final class Harness {
  final MutableClock clock = MutableClock.startingNow();
  final InMemoryPortfolio portfolio = InMemoryPortfolio.demo();
  final InMemoryOutbox outbox = new InMemoryOutbox(clock);
  final InMemoryCallLog callLog = new InMemoryCallLog(outbox);
  final InMemoryServiceDesk serviceDesk = new InMemoryServiceDesk(clock, outbox);
  final InMemoryKnowledgeStore knowledge = new InMemoryKnowledgeStore(clock);
  final ScriptedLanguageModel model = new ScriptedLanguageModel("fast");
  private final AtomicInteger calls = new AtomicInteger();
  private VoiceAssistant assistant;

  Harness() {
    use(ModelLineup.only(model), AssistantSettings.defaults());
  }

  Harness use(ModelLineup lineup, AssistantSettings settings) {
    assistant = new VoiceAssistant(new AssistantDependencies(portfolio, portfolio, knowledge, serviceDesk, callLog,
        outbox, lineup, clock), settings);
    return this;
  }

  /**
   * Short timeouts for failover tests. The hold phrase still waits 600 ms of wall time: an instant scripted reply
   * must never get one, even on a loaded 2-core CI machine (40 ms did, once).
   */
  static AssistantSettings quick() {
    return new AssistantSettings(Duration.ofMillis(600), Duration.ofMillis(2000), 3);
  }

  VoiceAssistant assistant() {
    return assistant;
  }

  Call call(String from) {
    RecordingCallOutput output = new RecordingCallOutput();
    CallSession session = assistant.startCall(new CallStart(new CallId("c_test" + calls.incrementAndGet()),
        Channel.TEST, Optional.ofNullable(from).map(PhoneNumber::new), Optional.empty()), output);
    session.begin();
    return new Call(session, output);
  }

  /** One test call: say something, read what Chris answered. */
  record Call(CallSession session, RecordingCallOutput output) {
    Call {
      output.sinceLast();
    }

    String say(String text) {
      session.onCallerText(text);
      return output.sinceLast();
    }
  }
}
