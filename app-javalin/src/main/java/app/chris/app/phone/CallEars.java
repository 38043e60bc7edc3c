package app.chris.app.phone;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.ConversationMemory;
import app.chris.core.port.Expectation;
import app.chris.core.port.Prompt;
import app.chris.core.port.RealtimeListener;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A phone call's ears across its media streams: fresh {@link Ears} for each stream, all reporting to the same
 * listener and watcher; none when the line has no realtime model (keypad only). Thread-safe.
 */
final class CallEars {
  static final String EARS_INSTRUCTIONS = "You are the ears of a phone assistant: transcribe the caller. "
      + "Another system answers the caller; never reply.";
  private final String callSid;
  private final CallParts parts;
  private final RealtimeListener heard;
  private final Consumer<Ears.State> watcher;
  private volatile Optional<Ears> ears;

  /** Builds the first stream's ears (not yet open). */
  CallEars(String callSid, CallParts parts, RealtimeListener heard, Consumer<Ears.State> watcher) {
    this.callSid = callSid;
    this.parts = parts;
    this.heard = heard;
    this.watcher = watcher;
    this.ears = fresh();
  }

  /** Starts opening in the background. */
  void open() {
    ears.ifPresent(Ears::open);
  }

  /** A new stream: its own ears, opening at once (the old ones were closed when the stream ended). */
  void renew() {
    ears = fresh();
    ears.ifPresent(Ears::open);
  }

  void hear(AudioFrame frame) {
    ears.ifPresent(e -> e.hear(frame));
  }

  void expect(Expectation next) {
    ears.ifPresent(e -> e.expect(next));
  }

  /** Where the ears are; empty when the line has none. */
  Optional<Ears.State> state() {
    return ears.map(Ears::state);
  }

  void close() {
    ears.ifPresent(Ears::close);
  }

  private Optional<Ears> fresh() {
    Prompt hearing = new Prompt(EARS_INSTRUCTIONS, ConversationMemory.empty(), List.of(), List.of(), Optional.empty());
    return parts.ears().map(model ->
        new Ears(callSid, model, hearing, heard, watcher, parts.io(), EarsRetry.DEFAULT));
  }
}
