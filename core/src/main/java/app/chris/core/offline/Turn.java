package app.chris.core.offline;

import app.chris.core.port.CallFacts;
import app.chris.core.port.PendingConfirmation;
import app.chris.core.port.Prompt;
import app.chris.core.port.Speaker;
import app.chris.core.port.TranscriptLine;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One caller turn as the offline model sees it, all derived from the prompt: the caller's last line and what it
 * means, what the core already knows, the pending question and what Chris said last.
 */
record Turn(String said, Understanding understood, CallFacts facts, Optional<PendingConfirmation> pending,
    String lastChris, List<String> chrisLines, EarlierRequests earlier, int seed) {

  /** How many of the caller's earlier lines still count as "asked earlier" (a request and a few answers). */
  private static final int EARLIER_CALLER_LINES = 6;

  Turn {
    Objects.requireNonNull(said, "said");
    Objects.requireNonNull(understood, "understood");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(pending, "pending");
    Objects.requireNonNull(lastChris, "lastChris");
    chrisLines = List.copyOf(chrisLines);
    Objects.requireNonNull(earlier, "earlier");
  }

  static Turn of(Prompt prompt, Understandings nlu) {
    List<TranscriptLine> recent = prompt.memory().recent();
    String said = "";
    String lastChris = "";
    int callerIndex = -1;
    for (int i = recent.size() - 1; i >= 0; i--) {
      if (recent.get(i).speaker() == Speaker.CALLER) {
        said = recent.get(i).text();
        callerIndex = i;
        break;
      }
    }
    Understanding understood = callerIndex < 0 ? nlu.of(said) : nlu.of(recent.get(callerIndex));
    // Chris's last reply may span several transcript lines (one per sentence): take them all.
    int end = callerIndex - 1;
    while (end >= 0 && recent.get(end).speaker() != Speaker.ASSISTANT) {
      end--;
    }
    int begin = end;
    while (begin - 1 >= 0 && recent.get(begin - 1).speaker() == Speaker.ASSISTANT) {
      begin--;
    }
    if (end >= 0) {
      lastChris = recent.subList(begin, end + 1).stream().map(TranscriptLine::text)
          .collect(java.util.stream.Collectors.joining(" "));
    }
    int seed = recent.stream().mapToInt(l -> l.text().hashCode()).reduce(17, (a, b) -> 31 * a + b);
    List<String> chris = recent.stream().filter(l -> l.speaker() == Speaker.ASSISTANT).map(TranscriptLine::text)
        .toList();
    // What the caller asked for earlier in the window, e.g. the balance a verification question interrupted.
    // The window counts the caller's own lines: how long Chris's replies were must not push a request out of it.
    List<TranscriptLine> callerLines = recent.subList(0, Math.max(0, callerIndex)).stream()
        .filter(l -> l.speaker() == Speaker.CALLER).toList();
    EarlierRequests earlier = new EarlierRequests(
        callerLines.subList(Math.max(0, callerLines.size() - EARLIER_CALLER_LINES), callerLines.size()), nlu);
    return new Turn(said, understood, prompt.memory().facts(), prompt.pending(), lastChris, chris,
        earlier, seed);
  }

  /** Whether the caller asked for this in this turn, earlier in the call, or the core recorded it. */
  boolean wants(Need need) {
    return understood.has(need) || need.intent().filter(i -> facts.intents().contains(i)).isPresent()
        || earlier.asked(need);
  }

  /** Deterministic choice among equivalent wordings, varied by the conversation so far. */
  String pick(String... options) {
    return options[Math.floorMod(seed, options.length)];
  }

  /** Like {@link #pick}, but avoids wordings Chris already used in this call (callers notice repeats). */
  String fresh(String... options) {
    int start = Math.floorMod(seed, options.length);
    for (int i = 0; i < options.length; i++) {
      String option = options[(start + i) % options.length];
      if (chrisLines.stream().noneMatch(l -> l.contains(option))) {
        return option;
      }
    }
    return options[start];
  }

  /** Whether Chris's last line asked about this (e.g. "name", "address"). */
  boolean chrisAsked(String regex) {
    return java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.CASE_INSENSITIVE).matcher(lastChris).find();
  }
}
