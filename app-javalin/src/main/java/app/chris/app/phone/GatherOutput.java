package app.chris.app.phone;

import app.chris.core.call.CallOutput;
import app.chris.core.port.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The session's output while a call is in the keypad-and-speech flow: Chris's sentences are collected per turn
 * (Twilio plays them from the next TwiML), and a transfer or hang-up becomes the end of that TwiML. Thread-safe.
 */
final class GatherOutput implements CallOutput {
  /** What the line does after the turn's words. */
  sealed interface Next {
    record Listen() implements Next {}

    record Transfer(PhoneNumber to, String whisper) implements Next {}

    record HangUp() implements Next {}
  }

  /** One turn of the flow: what Chris said and what happens next. */
  record Turn(List<String> said, Next next) {}

  private final List<String> said = new ArrayList<>();
  private Optional<Next> end = Optional.empty();

  @Override
  public synchronized void say(String sentence) {
    said.add(sentence);
  }

  @Override
  public void stopSpeaking() {
    // Nothing is playing from here: Twilio plays the turn's words after we answer.
  }

  @Override
  public synchronized void transfer(PhoneNumber to, String whisper) {
    end = Optional.of(new Next.Transfer(to, whisper));
  }

  @Override
  public synchronized void hangUp() {
    end = Optional.of(new Next.HangUp());
  }

  /** The words said since the last turn, and what happens next; the words are cleared. */
  synchronized Turn take() {
    Turn turn = new Turn(List.copyOf(said), end.orElseGet(Next.Listen::new));
    said.clear();
    return turn;
  }
}
