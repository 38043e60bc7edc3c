package app.chris.adapters.openai;

import app.chris.core.port.ConversationMemory;
import app.chris.core.port.Prompt;
import app.chris.core.port.Speaker;
import app.chris.core.port.TranscriptLine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last prompt a session was given plus what was said on it since (the caller's transcripts, the model's
 * replies): the prompt replayed into a reopened session, so the new one knows the conversation. Thread-safe.
 */
final class SessionMemory {
  /** Recent lines replayed; older ones are the core's to summarise. */
  static final int MAX_RECENT = 24;
  private final Clock clock;
  private final List<TranscriptLine> heard = new ArrayList<>();
  private final Map<String, StringBuilder> replies = new HashMap<>();
  private Prompt prompt;

  SessionMemory(Prompt initial, Clock clock) {
    this.prompt = initial;
    this.clock = clock;
  }

  /** The host's new prompt carries the whole memory: what was heard before it is part of it. */
  synchronized void replace(Prompt next) {
    prompt = next;
    heard.clear();
    replies.clear();
  }

  synchronized void callerSaid(String transcript) {
    if (!transcript.isBlank()) {
      heard.add(new TranscriptLine(Speaker.CALLER, transcript.strip(), clock.instant()));
    }
  }

  synchronized void replyDelta(String responseId, String text) {
    replies.computeIfAbsent(responseId, id -> new StringBuilder()).append(text);
  }

  synchronized void replyDone(String responseId) {
    StringBuilder reply = replies.remove(responseId);
    if (reply != null && !reply.toString().isBlank()) {
      heard.add(new TranscriptLine(Speaker.ASSISTANT, reply.toString().strip(), clock.instant()));
    }
  }

  /** The prompt to configure a session with: the last one given, its recent lines extended by what was heard. */
  synchronized Prompt replay() {
    ConversationMemory memory = prompt.memory();
    List<TranscriptLine> recent = new ArrayList<>(memory.recent());
    recent.addAll(heard);
    List<TranscriptLine> kept = recent.subList(Math.max(0, recent.size() - MAX_RECENT), recent.size());
    return new Prompt(prompt.instructions(), new ConversationMemory(memory.earlierSummary(), kept, memory.facts()),
        prompt.tools(), prompt.toolExchanges(), prompt.pending());
  }
}
