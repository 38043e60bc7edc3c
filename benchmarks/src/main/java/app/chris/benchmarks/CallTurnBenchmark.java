package app.chris.benchmarks;

import app.chris.core.call.AssistantDependencies;
import app.chris.core.call.AssistantSettings;
import app.chris.core.call.CallOutput;
import app.chris.core.call.CallSession;
import app.chris.core.call.CallStart;
import app.chris.core.call.VoiceAssistant;
import app.chris.core.offline.OfflineLanguageModel;
import app.chris.core.port.CallId;
import app.chris.core.port.Channel;
import app.chris.core.port.PhoneNumber;
import app.chris.core.routing.ModelLineup;
import app.chris.testkit.InMemoryOutbox;
import app.chris.testkit.InMemoryKnowledgeStore;
import app.chris.testkit.InMemoryPortfolio;
import app.chris.testkit.InMemoryServiceDesk;
import app.chris.testkit.LoadQuestions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One caller turn of the load bench's phone calls, minus sockets and fakes: {@code CallSession.onCallerText}
 * with the offline engine as the only model, over the demo portfolio in memory, with the bench's questions in
 * its order (copied from {@code app.chris.app.bench.CallScript}). Each call lasts ten turns, as a 60 s bench call
 * does, and the caller talks over every second reply. What is measured is Chris's own CPU per turn: routing,
 * the engine's steps and tools, the speech filters and the call record, all of which the bench counts as turn
 * overhead. The output drops sentences like a voice line that is never slow.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallTurnBenchmark {
  static final List<String> QUESTIONS = LoadQuestions.ALL;
  static final int TURNS_PER_CALL = 10;
  /** Calls come from this many numbers (the load bench's largest run), and the call log keeps as many calls. */
  static final int CALLERS = 200;
  /** The engine loads once per fork (as once per server); it is stateless. */
  private static final OfflineLanguageModel ENGINE = new OfflineLanguageModel();

  private VoiceAssistant assistant;
  private DroppingOutput output;
  private CallSession session;
  private int calls;
  private int turn;

  /** A fresh assistant and stores per iteration (the outbox and service desk keep what the calls filed). */
  @Setup(Level.Iteration)
  public void setUp() {
    Clock clock = Clock.systemUTC();
    InMemoryPortfolio portfolio = InMemoryPortfolio.demo();
    InMemoryOutbox outbox = new InMemoryOutbox(clock);
    assistant = new VoiceAssistant(new AssistantDependencies(portfolio, portfolio, new InMemoryKnowledgeStore(clock),
        new InMemoryServiceDesk(clock, outbox), new RecentCallLog(CALLERS), outbox, ModelLineup.only(ENGINE), clock),
        AssistantSettings.defaults());
    newCall();
    for (String question : QUESTIONS) {
      expectAnswered(question);
    }
    newCall();
  }

  /** Guards against timing the wrong path: every bench question must get a real answer, not "say that again". */
  private void expectAnswered(String question) {
    int before = output.sentences.size();
    session.onCallerText(question);
    String reply = String.join(" ", output.sentences.subList(before, output.sentences.size()));
    if (reply.isBlank() || reply.contains("didn't") || reply.contains("another way")) {
      throw new IllegalStateException(question + " was answered: " + reply);
    }
  }

  /** One question, from the caller's words to Chris's last sentence handed to the line. */
  @Benchmark
  public int turn() {
    if (turn == TURNS_PER_CALL) {
      session.hangUp();
      newCall();
    }
    if (turn % 2 == 1) {
      session.onCallerSpeechStarted(); // the bench talks over every second reply
    }
    output.replyStarts();
    session.onCallerText(QUESTIONS.get(turn % QUESTIONS.size()));
    turn++;
    return output.sentences.size();
  }

  private void newCall() {
    calls++;
    turn = 0;
    output = new DroppingOutput();
    session = assistant.startCall(new CallStart(new CallId("c_bench" + calls), Channel.PHONE,
        Optional.of(new PhoneNumber(String.format("+1630555%04d", 2000 + calls % CALLERS))),
        Optional.of(new PhoneNumber("+12175550100"))), output);
    session.begin();
  }

  /**
   * Keeps the current call's sentences; a barge-in reports the whole last reply unheard, as a caller talking
   * 300 ms into it would have heard almost none of it.
   */
  private static final class DroppingOutput implements CallOutput {
    final List<String> sentences = new ArrayList<>();
    private int replyStart;

    @Override
    public synchronized void say(String sentence) {
      sentences.add(sentence);
    }

    @Override
    public void stopSpeaking() {}

    synchronized void replyStarts() {
      replyStart = sentences.size();
    }

    @Override
    public synchronized List<String> bargeIn() {
      return List.copyOf(sentences.subList(replyStart, sentences.size()));
    }

    @Override
    public void transfer(PhoneNumber to, String whisper) {}

    @Override
    public void hangUp() {}
  }
}
