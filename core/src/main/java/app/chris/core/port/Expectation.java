package app.chris.core.port;

/**
 * What the caller is expected to say next, judged from what Chris just asked. Slow answers (an address, a phone
 * number, digits) come with pauses, so the ears wait longer before deciding the caller has finished.
 */
public enum Expectation {
  /** An ordinary answer: the normal end-of-turn silence. */
  ANYTHING,
  /** A street address, usually with a unit: spoken in pieces. */
  ADDRESS,
  /** A phone number (or the contact detail on file): digits in groups. */
  PHONE_NUMBER,
  /** A PIN, a unit or account number: digits one at a time. */
  DIGITS;

  /** True when the caller's answer is likely to contain pauses that are not the end of the turn. */
  public boolean pausesExpected() {
    return this != ANYTHING;
  }
}
