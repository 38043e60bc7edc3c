package app.chris.testkit;

import app.chris.core.port.CallAction;
import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Channel;
import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Speaker;
import app.chris.core.port.TranscriptLine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A long, realistic-looking call history for scale tests and benchmarks: call {@code i} of a history is always
 * the same. Two calls share each start time (so paging must break ties), 346 s apart (about 500 calls a day);
 * 2% are emergencies, 0.1% admin training (a rare filter), 5% anonymous. Stateless.
 */
public final class SyntheticCalls {
  /** Seconds between consecutive start times. */
  public static final long SPACING_SECONDS = 346;

  private SyntheticCalls() {}

  /** The start of call {@code i} (0 is the oldest) of a history whose oldest call starts at {@code first}. */
  public static Instant startOf(int i, Instant first) {
    return first.plusSeconds(i / 2 * SPACING_SECONDS);
  }

  public static String id(int i) {
    return String.format(Locale.ROOT, "c_%07d", i);
  }

  /** The intent and outcome of call {@code i}, by its share of the mix. */
  public static Intent intent(int i) {
    int p = i % 100;
    return p < 2 ? Intent.EMERGENCY : p < 32 ? Intent.MAINTENANCE : p < 52 ? Intent.BALANCE
        : p < 67 ? Intent.RENT_INFO : p < 75 ? Intent.COMPLAINT : p < 85 ? Intent.PROPERTY_QUESTION
        : p < 92 ? Intent.PROSPECT : p < 96 ? Intent.TRANSFER : p < 99 ? Intent.OTHER
        : i % 1000 == 999 ? Intent.ADMIN_TRAINING : Intent.GOODBYE;
  }

  private static Outcome outcome(Intent intent) {
    return switch (intent) {
      case EMERGENCY -> Outcome.EMERGENCY;
      case MAINTENANCE -> Outcome.SERVICE_REQUEST;
      case BALANCE, RENT_INFO, PROPERTY_QUESTION -> Outcome.INFO;
      case COMPLAINT -> Outcome.COMPLAINT;
      case PROSPECT -> Outcome.LEAD;
      case TRANSFER -> Outcome.TRANSFER;
      case ADMIN_TRAINING -> Outcome.KNOWLEDGE;
      case OTHER -> Outcome.MESSAGE;
      case GOODBYE -> Outcome.ABANDONED;
    };
  }

  public static CallRecord call(int i, Instant first) {
    return build(i, first, true);
  }

  private static CallRecord build(int i, Instant first, boolean full) {
    Instant at = startOf(i, first);
    Intent intent = intent(i);
    boolean anonymous = i % 20 == 0;
    boolean identified = !anonymous && intent != Intent.PROSPECT && intent != Intent.GOODBYE;
    String tenant = "T" + (1000 + i * 31 % 3000);
    String unit = (1 + i % 9) + "" + (char) ('A' + i % 4);
    List<CallAction> actions = new ArrayList<>();
    if (identified && i % 7 == 0) {
      actions.add(new CallAction(CallAction.VERIFY_IDENTITY, false, "attempt 1 failed", at.plusSeconds(20)));
    }
    boolean verified = identified && i % 11 != 0;
    if (identified) {
      actions.add(new CallAction(CallAction.VERIFY_IDENTITY, verified, verified ? "verified " + tenant
          : "attempt failed", at.plusSeconds(30)));
    }
    if (full) {
      actions.add(new CallAction(intent.wire(), true, "unit " + unit, at.plusSeconds(60)));
    }
    String summary = "Intents: " + intent.wire() + ". Outcome: " + outcome(intent).wire() + ". Verified: "
        + (verified ? "yes" : "no") + ". Caller about unit " + unit + " at " + (100 + i % 400) + " Maple Court.";
    return new CallRecord(new CallId(id(i)), Channel.PHONE,
        anonymous ? Optional.empty() : Optional.of(new PhoneNumber(String.format(Locale.ROOT, "+1217555%04d",
            i * 7919 % 10000))),
        at, Optional.of(at.plus(Duration.ofSeconds(60 + i % 240))), verified ? Optional.of(tenant) : Optional.empty(),
        verified, intent == Intent.MAINTENANCE ? List.of(intent, Intent.GOODBYE) : List.of(intent),
        Optional.of(outcome(intent)), summary, full ? transcript(at, unit, intent) : List.of(), actions);
  }

  /**
   * Call {@code i} without its transcript and with only its identity checks: the same list row and analytics,
   * but small enough to be stored inline (embedded H2 stores long text apart, which makes bulk loads slow).
   */
  public static CallRecord light(int i, Instant first) {
    return build(i, first, false);
  }

  private static List<TranscriptLine> transcript(Instant at, String unit, Intent intent) {
    return List.of(
        new TranscriptLine(Speaker.ASSISTANT, "Thanks for calling Lakeside, this is Chris. How can I help?",
            at.plusMillis(400)),
        new TranscriptLine(Speaker.CALLER, "Hi, I'm calling about unit " + unit + ", it's about "
            + intent.wire().replace('_', ' ') + ".", at.plusSeconds(5)),
        new TranscriptLine(Speaker.ASSISTANT, "Of course. Can you confirm your name and the last four digits?",
            at.plusSeconds(9)),
        new TranscriptLine(Speaker.CALLER, "Sure, it's on the lease, ending in 4821.", at.plusSeconds(15)),
        new TranscriptLine(Speaker.ASSISTANT, "Thank you, I've taken care of that for you. Anything else?",
            at.plusSeconds(40)),
        new TranscriptLine(Speaker.CALLER, "No, that's all, thanks!", at.plusSeconds(45)));
  }
}
