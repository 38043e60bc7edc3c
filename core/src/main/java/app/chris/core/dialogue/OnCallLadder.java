package app.chris.core.dialogue;

import app.chris.core.port.EmergencyContact;
import java.util.List;
import java.util.Objects;

/**
 * An emergency warm transfer in progress: the company's on-call contacts, called in order through the caller's
 * line, and how far it got. Mutable; only touched under the session's lock.
 */
final class OnCallLadder {
  /** Where the ladder stands. */
  enum State {
    /** {@link #current()} is being called; the caller waits on the line. */
    DIALING,
    /** Someone picked up and the caller was put through. */
    CONNECTED,
    /** Nobody answered: Chris is back with the caller and waits for a message. */
    UNREACHABLE,
    /** Nobody answered, and the caller's message (or "nothing to add") was taken. */
    DONE
  }

  private final List<EmergencyContact> contacts;
  private final String whisper;
  private int index;
  State state = State.DIALING;

  OnCallLadder(List<EmergencyContact> contacts, String whisper) {
    if (contacts.isEmpty()) {
      throw new IllegalArgumentException("an on-call ladder needs a contact");
    }
    this.contacts = List.copyOf(contacts);
    this.whisper = Objects.requireNonNull(whisper, "whisper");
  }

  EmergencyContact current() {
    return contacts.get(index);
  }

  /** Moves to the next contact; false when the one just tried was the last. */
  boolean advance() {
    if (index + 1 >= contacts.size()) {
      return false;
    }
    index++;
    return true;
  }

  /** The one sentence the person who answers hears before the caller is put through. */
  String whisper() {
    return whisper;
  }

  List<EmergencyContact> contacts() {
    return contacts;
  }
}
