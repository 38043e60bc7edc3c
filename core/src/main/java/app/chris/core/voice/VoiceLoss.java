package app.chris.core.voice;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import java.util.Optional;

/**
 * Decides when a call's voice counts as lost: the first sentence it fails to produce at all, or a second in a
 * row it breaks off half-way (half a reply is no reply). Says so once. Not thread-safe: its output's lock guards it.
 */
final class VoiceLoss {
  /** Sentences in a row that broke off half-way before the caller is handed to staff. */
  private static final int CUT_OFFS_MEAN_LOST = 2;
  private boolean reported;
  private int cutOffInARow;

  /** A sentence ended, with {@code failure} if it failed after {@code sentBytes} of audio: the kind, once lost. */
  Optional<FailureKind> sentenceEnded(Optional<PortException> failure, long sentBytes) {
    // One bad sentence (an invalid request) is not the voice's fault.
    boolean voiceFault = failure.isPresent() && failure.get().kind() != FailureKind.INVALID_REQUEST;
    cutOffInARow = voiceFault && sentBytes > 0 ? cutOffInARow + 1 : 0;
    if (voiceFault && (sentBytes == 0 || cutOffInARow >= CUT_OFFS_MEAN_LOST) && !reported) {
      reported = true;
      return Optional.of(failure.get().kind());
    }
    return Optional.empty();
  }
}
