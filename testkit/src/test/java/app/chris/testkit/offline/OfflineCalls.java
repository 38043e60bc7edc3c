package app.chris.testkit.offline;

import app.chris.core.call.AssistantDependencies;
import app.chris.core.call.AssistantSettings;
import app.chris.core.call.CallSession;
import app.chris.core.call.CallStart;
import app.chris.core.call.VoiceAssistant;
import app.chris.core.offline.OfflineLanguageModel;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The demo company on in-memory fakes with the offline engine as its only model: real CallSessions, no network. */
final class OfflineCalls {
  static final OfflineLanguageModel MODEL = new OfflineLanguageModel(); // loads once; immutable and shared
  final MutableClock clock = MutableClock.startingNow();
  final InMemoryPortfolio portfolio = InMemoryPortfolio.demo();
  final InMemoryOutbox outbox = new InMemoryOutbox(clock);
  final InMemoryCallLog callLog = new InMemoryCallLog(outbox);
  final InMemoryServiceDesk serviceDesk = new InMemoryServiceDesk(clock, outbox);
  final InMemoryKnowledgeStore knowledge = new InMemoryKnowledgeStore(clock);
  private final AtomicInteger calls = new AtomicInteger();
  private final VoiceAssistant assistant;

  OfflineCalls() {
    this(MODEL);
  }

  /** With another model in front (a spy around the offline engine, in debugging). */
  OfflineCalls(app.chris.core.port.LanguageModel model) {
    assistant = new VoiceAssistant(new AssistantDependencies(portfolio, portfolio, knowledge, serviceDesk, callLog,
        outbox, ModelLineup.only(model), clock), AssistantSettings.defaults());
  }

  Call call(String from) {
    RecordingCallOutput output = new RecordingCallOutput();
    CallSession session = assistant.startCall(new CallStart(new CallId("c_offline" + calls.incrementAndGet()),
        Channel.TEST, Optional.ofNullable(from).map(PhoneNumber::new), Optional.empty()), output);
    session.begin();
    return new Call(session, output, new ArrayList<>());
  }

  /** One call: say a line, get what Chris answered; keeps a transcript for failure messages. */
  record Call(CallSession session, RecordingCallOutput output, List<String> transcript) {
    Call {
      transcript.add("CHRIS: " + output.sinceLast());
    }

    String say(String text) {
      transcript.add("CALLER: " + text);
      session.onCallerText(text);
      String reply = output.sinceLast();
      transcript.add("CHRIS: " + reply);
      return reply;
    }

    String all() {
      return String.join("\n", transcript);
    }
  }
}
