package app.chris.app.phone;

import app.chris.core.call.CallSession;
import app.chris.core.call.FixedLines;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One call's turns in the keypad-and-speech flow: the caller's words go to the call's own session (same memory,
 * same record); silence is asked about twice, then Chris says goodbye. Runs on the call's thread only.
 */
final class GatherTurns {
  static final String OPENING = FixedLines.KEYPAD_OPENING;
  static final String STILL_THERE = FixedLines.KEYPAD_STILL_THERE;
  static final String GOODBYE = FixedLines.KEYPAD_GOODBYE;
  private static final int SILENCES_BEFORE_GOODBYE = 3;

  private final GatherOutput output = new GatherOutput();
  private final AtomicInteger requests = new AtomicInteger();
  private int silences;

  GatherOutput output() {
    return output;
  }

  /** True before the first request of the flow has been handled (the session still speaks onto the stream). */
  boolean firstTurn() {
    return requests.get() == 0;
  }

  /** Handles one request of the flow; {@code heard} empty on the first (the redirect) and on silence. */
  GatherOutput.Turn run(Optional<String> heard, CallSession session, Consumer<String> reportHeard) {
    boolean first = requests.getAndIncrement() == 0;
    if (heard.isPresent()) {
      silences = 0;
      reportHeard.accept(heard.get());
      session.onCallerText(heard.get());
      return output.take();
    }
    if (first) {
      output.say(OPENING);
      return output.take();
    }
    if (++silences < SILENCES_BEFORE_GOODBYE) {
      output.say(STILL_THERE);
      return output.take();
    }
    output.say(GOODBYE);
    session.hangUp();
    return new GatherOutput.Turn(output.take().said(), new GatherOutput.Next.HangUp());
  }

  /** Nothing more can be done for this call (it ended meanwhile, or its thread did not answer in time). */
  static GatherOutput.Turn over() {
    return new GatherOutput.Turn(List.of(GatherFlow.CALL_BACK), new GatherOutput.Next.HangUp());
  }
}
