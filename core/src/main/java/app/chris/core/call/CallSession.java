package app.chris.core.call;

import app.chris.core.port.CallAction;
import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.ConversationMemory;
import app.chris.core.port.ModelReply;
import app.chris.core.port.Outcome;
import app.chris.core.port.Prompt;
import app.chris.core.port.Speaker;
import app.chris.core.port.TextStream;
import app.chris.core.port.TranscriptLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One call's conversation. Thread-safety: every event method is synchronized on the session, so events are
 * handled one at a time in arrival order; {@link #onCallerSpeechStarted()} is the exception and takes effect at
 * once (barge-in is out-of-band). {@link #onCallerText} blocks until Chris has answered.
 *
 * <p>Foundation version: greets, relays each caller turn to the fast model and records the call. The dialogue
 * policies (identity, emergencies, tools, read-backs) replace this body in the conversation-core work.
 */
public final class CallSession {
  private final CallStart start;
  private final CallOutput output;
  private final AssistantDependencies deps;
  private final List<TranscriptLine> transcript = new ArrayList<>();
  private final java.time.Instant startedAt;
  private boolean ended;

  CallSession(CallStart start, CallOutput output, AssistantDependencies deps, AssistantSettings settings) {
    this.start = start;
    this.output = output;
    this.deps = deps;
    this.startedAt = deps.clock().instant();
  }

  public CallId id() {
    return start.id();
  }

  public synchronized void begin() {
    String company = deps.directory().company().name();
    say("Thanks for calling " + company + ", this is " + deps.directory().company().assistantName()
        + ". How can I help?");
    save(Optional.empty());
  }

  public void onCallerSpeechStarted() {
    output.stopSpeaking();
  }

  public synchronized void onCallerText(String text) {
    if (ended || text.isBlank()) {
      return;
    }
    transcript.add(new TranscriptLine(Speaker.CALLER, text.strip(), deps.clock().instant()));
    Prompt prompt = new Prompt("", new ConversationMemory("", transcript, app.chris.core.port.CallFacts.empty()),
        List.of(), List.of(), Optional.empty());
    ModelReply reply = deps.models().fast().complete(prompt, TextStream.IGNORE);
    say(reply.text());
  }

  public synchronized void onDigits(String digits) {
    onCallerText(digits);
  }

  public synchronized CallRecord hangUp() {
    if (!ended) {
      ended = true;
      save(Optional.of(Outcome.INFO));
    }
    return deps.callLog().find(id()).orElseThrow();
  }

  public synchronized boolean ended() {
    return ended;
  }

  private void say(String text) {
    if (!text.isBlank()) {
      transcript.add(new TranscriptLine(Speaker.ASSISTANT, text, deps.clock().instant()));
      output.say(text);
    }
  }

  private void save(Optional<Outcome> outcome) {
    List<CallAction> actions = List.of();
    deps.callLog().save(new CallRecord(id(), start.channel(), start.from(), startedAt,
        ended ? Optional.of(deps.clock().instant()) : Optional.empty(), Optional.empty(), false, List.of(),
        outcome, "", transcript, actions), List.of());
  }
}
