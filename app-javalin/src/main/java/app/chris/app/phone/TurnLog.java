package app.chris.app.phone;

import app.chris.core.call.CallEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per model step of a phone turn: the model, why it was chosen, how fast, how many tokens. */
final class TurnLog {
  private static final Logger log = LoggerFactory.getLogger(TurnLog.class);

  private TurnLog() {}

  static void modelUsed(String callSid, CallEvent.ModelUsed used) {
    if (!log.isInfoEnabled()) {
      return;
    }
    String afterSpeech = used.speechToFirstTokenMillis().isPresent()
        ? used.speechToFirstTokenMillis().getAsLong() + " ms after the caller stopped" : "no speech end";
    String tokens = used.tokens().map(t -> t.inputTokens() + " in (" + t.cachedInputTokens() + " cached), "
        + t.outputTokens() + " out").orElse("not reported");
    log.info("Call {}: {} ({}) first token {} ms, {}; tokens {}", callSid, used.model(), used.reason(),
        used.firstTokenMillis(), afterSpeech, tokens);
  }
}
