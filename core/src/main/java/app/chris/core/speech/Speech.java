package app.chris.core.speech;

import app.chris.core.call.CallOutput;
import app.chris.core.port.TextStream;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Everything Chris says passes here: filtered (disclosure), de-duplicated (anti-repetition), then sent to the
 * call output sentence by sentence and recorded. Thread-safe (synchronized): a model's stream thread and the
 * session thread (hold phrases) may both speak; barge-in drops the rest of the current reply.
 */
public final class Speech {
  private final CallOutput output;
  private final SentenceFilter filter;
  private final Consumer<String> transcript;
  private final RepetitionGuard repetition = new RepetitionGuard();
  private final HoldPhrases holds;
  private volatile boolean interrupted;
  private boolean repeatAllowed;
  private boolean heldThisTurn;
  private int saidThisTurn;
  private Optional<String> lastSaid = Optional.empty();

  public Speech(CallOutput output, SentenceFilter filter, Consumer<String> transcript, Random random) {
    this.output = output;
    this.filter = filter;
    this.transcript = transcript;
    this.holds = new HoldPhrases(random);
  }

  /** A new caller turn; {@code repeatAllowed} when the caller asked Chris to say it again. */
  public synchronized void beginTurn(boolean repeatAllowed) {
    this.repeatAllowed = repeatAllowed;
    this.interrupted = false;
    this.heldThisTurn = false;
    this.saidThisTurn = 0;
    this.lastSaid = Optional.empty();
    repetition.newReply();
  }

  /** Barge-in: the caller talked over Chris; nothing more of this reply is said. Safe from any thread. */
  public void interrupt() {
    interrupted = true;
    output.stopSpeaking();
  }

  /** Says a text of one or more sentences. */
  public synchronized void say(String text) {
    for (String sentence : SentenceSplitter.split(text)) {
      sayOne(sentence);
    }
  }

  /** A short hold phrase, at most once per turn. */
  public synchronized void hold() {
    if (!heldThisTurn && !interrupted) {
      heldThisTurn = true;
      sayOne(holds.next());
    }
  }

  public synchronized int saidThisTurn() {
    return saidThisTurn;
  }

  /** The last sentence said this turn (usually the question the caller is about to answer). */
  public synchronized Optional<String> lastSaidThisTurn() {
    return lastSaid;
  }

  /** A stream for one model attempt; once {@code live} turns false, its late deltas are dropped. */
  public StreamedReply stream(AtomicBoolean live) {
    return new StreamedReply(this, live);
  }

  synchronized void sayOne(String sentence) {
    if (interrupted) {
      return;
    }
    filter.apply(sentence).flatMap(s -> repetition.check(s, repeatAllowed)).ifPresent(s -> {
      saidThisTurn++;
      lastSaid = Optional.of(s);
      transcript.accept(s);
      output.say(s);
    });
  }

  /** Text deltas of one model attempt, split into sentences as they stream. */
  public static final class StreamedReply implements TextStream {
    private final Speech speech;
    private final AtomicBoolean live;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private boolean streamed;

    StreamedReply(Speech speech, AtomicBoolean live) {
      this.speech = speech;
      this.live = live;
    }

    @Override
    public synchronized void delta(String text) {
      if (live.get() && !text.isEmpty()) {
        streamed = true;
        splitter.add(text).forEach(speech::sayOne);
      }
    }

    public synchronized boolean hasStreamed() {
      return streamed;
    }

    /** Says what remains; when nothing streamed, says {@code fullText} (models that do not stream). */
    public synchronized void finish(String fullText) {
      if (streamed) {
        splitter.finish().forEach(speech::sayOne);
      } else {
        speech.say(fullText);
      }
    }
  }
}
