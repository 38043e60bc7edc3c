package app.chris.core.call;

import app.chris.core.dialogue.FixedReplies;
import app.chris.core.greeting.Greeter;
import app.chris.core.port.CompanyProfile;
import app.chris.core.speech.SentenceSplitter;
import app.chris.core.speech.Speech;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lines Chris says word for word whoever calls: greetings, hold phrases, standard replies and the lines for
 * when something is broken. The voice synthesises them ahead of time (warm-up), so they play with no synthesis
 * latency and still play when the voice vendor is down. Stateless.
 */
public final class FixedLines {
  /** Every model failed this turn. */
  public static final String MODELS_DOWN = "I'm sorry, I'm having some trouble on my end. I've made a note of your "
      + "call, and someone from the office will call you back.";
  /** The voice failed; the caller is put through to staff. */
  public static final String VOICE_DOWN_TRANSFER = "I'm sorry, I'm having trouble with my line. Let me put you "
      + "through to someone at the office.";
  /** The voice failed and there is nobody to transfer to: the caller leaves a message. */
  public static final String VOICE_DOWN_MESSAGE = "I'm sorry, I'm having trouble with my line. Please tell me your "
      + "name, your address and what's going on, and I'll pass it to the office.";
  /** The message was taken while the voice was down. */
  public static final String MESSAGE_TAKEN = "Thank you, I've passed that on, and someone from the office will "
      + "call you back soon. Goodbye.";

  /** The keypad-and-speech flow (the model vendor is unreachable, Twilio listens): its first prompt. */
  public static final String KEYPAD_OPENING =
      "Sorry, my line is breaking up. Please tell me again, briefly, what you need.";
  /** The keypad-and-speech flow heard nothing. */
  public static final String KEYPAD_STILL_THERE = "Are you still there? Please tell me what you need.";
  /** The keypad-and-speech flow heard nothing several times in a row. */
  public static final String KEYPAD_GOODBYE =
      "I can't hear anything, so I'll let you go. Please call us back any time.";
  /** A keypad-and-speech request for a call this server no longer holds. */
  public static final String KEYPAD_LOST_CALL = "I'm sorry, I've lost track of this call. Please call us back in a "
      + "minute.";

  private FixedLines() {}

  /**
   * Every fixed line for {@code company}, sentence by sentence exactly as the voice is asked to say them, without
   * repeats: the greetings first (every call starts with one), then what callers hear most.
   */
  public static List<String> forCompany(CompanyProfile company) {
    List<String> lines = new ArrayList<>(Greeter.everyGreeting(company));
    lines.addAll(Speech.holdPhrases());
    lines.addAll(apologies());
    lines.addAll(keypadFallback());
    lines.addAll(FixedReplies.all());
    return sentences(lines);
  }

  /**
   * Of {@link #forCompany}, the sentences a call needs in its first seconds or the moment the voice fails: the
   * greetings of the time of day at {@code at}, the apology, transfer and message lines, and the keypad flow's
   * lines (played by Twilio from the cache when the model vendor is down). The voice takes calls once these are
   * cached; the rest (the other times of day first) may warm while calls run.
   */
  public static List<String> urgent(CompanyProfile company, Instant at) {
    List<String> lines = new ArrayList<>(Greeter.greetingsAt(company, at));
    lines.addAll(apologies());
    lines.addAll(keypadFallback());
    return sentences(lines);
  }

  /** The keypad-and-speech flow's own lines. */
  public static List<String> keypadFallback() {
    return List.of(KEYPAD_OPENING, KEYPAD_STILL_THERE, KEYPAD_GOODBYE, KEYPAD_LOST_CALL);
  }

  private static List<String> apologies() {
    return List.of(VOICE_DOWN_TRANSFER, VOICE_DOWN_MESSAGE, MESSAGE_TAKEN, MODELS_DOWN);
  }

  private static List<String> sentences(List<String> lines) {
    Set<String> sentences = new LinkedHashSet<>();
    lines.forEach(line -> sentences.addAll(SentenceSplitter.split(line)));
    return List.copyOf(sentences);
  }
}
