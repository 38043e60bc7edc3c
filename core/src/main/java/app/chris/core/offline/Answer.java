package app.chris.core.offline;

import java.util.Objects;
import java.util.Optional;

/**
 * How a line answers a yes/no question: {@code yesNo}, whether the caller is done ("no, that's all"), a
 * permission to enter given or refused, a correction after a "no" ("no, it's 1A"), and {@code rest}: the line
 * after the yes/no words, which may carry a new request.
 */
record Answer(YesNo yesNo, boolean done, Optional<Boolean> permission, Optional<String> correction, String rest) {
  /** The polarity of an answer; {@code NONE} when the line is not an answer. */
  enum YesNo { YES, NO, NONE }

  Answer {
    Objects.requireNonNull(yesNo, "yesNo");
    Objects.requireNonNull(permission, "permission");
    Objects.requireNonNull(correction, "correction");
    Objects.requireNonNull(rest, "rest");
  }
}
