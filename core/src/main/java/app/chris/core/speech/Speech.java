package app.chris.core.speech;

import app.chris.core.call.CallOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Everything Chris says passes here: filtered (disclosure), de-duplicated (anti-repetition), then sent to the
 * call output sentence by sentence and recorded. Thread-safe (synchronized): a model's stream thread and the
 * session thread (hold phrases) may both speak. Barge-in stops the current reply; what the caller missed of it
 * (cut off, or never sent because it came after the barge-in) is kept until the next turn, so it can be resumed
 * if the interruption was only a backchannel.
 */
public final class Speech {
  private final CallOutput output;
  private final SentenceFilter filter;
  private final Consumer<String> transcript;
  private final RepetitionGuard repetition = new RepetitionGuard();
  private final HoldPhrases holds;
  private volatile boolean interrupted;
  private final AtomicLong sent = new AtomicLong();
  private final HeardReply reply = new HeardReply();
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

  /** Every hold phrase Chris may say (fixed lines, for the voice's phrase cache). */
  public static List<String> holdPhrases() {
    return HoldPhrases.all();
  }

  /** A new caller turn; {@code repeatAllowed} when the caller asked Chris to say it again. */
  public synchronized void beginTurn(boolean repeatAllowed) {
    this.repeatAllowed = repeatAllowed;
    this.interrupted = false;
    this.heldThisTurn = false;
    this.saidThisTurn = 0;
    reply.newReply();
    this.lastSaid = Optional.empty();
    repetition.newReply();
  }

  /**
   * Barge-in: the caller talked over Chris; nothing more of this reply is said. Safe from any thread: the line
   * is cleared before this waits for a sentence being sent at that very moment (at most one). Returns the
   * sentences already said that the caller did not hear in full, in order (the transcript holds them).
   */
  public List<String> interrupt() {
    interrupted = true;
    long before = sent.get();
    List<String> cut = new ArrayList<>(output.bargeIn());
    synchronized (this) {
      if (sent.get() != before) {
        cut.addAll(output.bargeIn()); // a sentence went out while the line was being cleared
      }
      reply.cut(cut);
      cut.forEach(repetition::forget); // not heard, so saying it later is not a repeat
    }
    return cut;
  }

  /** What the caller missed of the interrupted reply, if it can be resumed ({@link HeardReply#resumable}). */
  public synchronized List<String> resumable() {
    return reply.resumable();
  }

  /** Says again, in a new turn, what the caller missed (the interruption was only "mm-hmm"). */
  public synchronized void resume(List<String> sentences) {
    beginTurn(true); // the repetition guard must not paraphrase lines the caller never heard
    sentences.forEach(this::sayOne);
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
    Optional<String> allowed = filter.apply(sentence);
    if (allowed.isPresent() && interrupted) {
      reply.unsent(allowed.get()); // the rest of the reply, after the caller cut in: kept in case it was "mm-hmm"
      return;
    }
    allowed.flatMap(s -> repetition.check(s, repeatAllowed)).ifPresent(s -> {
      saidThisTurn++;
      reply.said(s);
      lastSaid = Optional.of(s);
      transcript.accept(s);
      output.say(s);
      sent.incrementAndGet();
    });
  }
}
