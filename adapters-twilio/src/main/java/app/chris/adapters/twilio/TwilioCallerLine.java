package app.chris.adapters.twilio;

import app.chris.core.port.AudioFrame;
import app.chris.core.port.CallerLine;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.PortException;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CallerLine} over one Twilio bidirectional Media Stream: audio, marks and clear go out on the socket;
 * transfer and hang-up go through the REST API on {@code restExecutor} (never the socket thread). Hang-up waits
 * for the audio already sent to play (a mark echo) so the goodbye is heard. Thread-safe, non-blocking: outbound
 * messages are sent under one lock so the ledger's byte counts and the socket's order always agree.
 */
public final class TwilioCallerLine implements CallerLine {
  static final String HANGUP_MARK = "chris-hangup";
  private static final String LINE = "line";
  private static final Logger log = LoggerFactory.getLogger(TwilioCallerLine.class);

  private final InboundFrame.Start stream;
  private final OutboundSocket socket;
  private final TwilioMediaCodec codec;
  private final TwilioCallControl control;
  private final Executor restExecutor;
  private final MarkLedger ledger = new MarkLedger();
  private final AtomicBoolean hangUpRequested = new AtomicBoolean();
  private final AtomicBoolean hungUp = new AtomicBoolean();

  public TwilioCallerLine(InboundFrame.Start stream, OutboundSocket socket, TwilioMediaCodec codec,
      TwilioCallControl control, Executor restExecutor) {
    this.stream = Objects.requireNonNull(stream, "stream");
    this.socket = Objects.requireNonNull(socket, "socket");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.control = Objects.requireNonNull(control, "control");
    this.restExecutor = Objects.requireNonNull(restExecutor, "restExecutor");
  }

  @Override
  public synchronized void play(AudioFrame frame) {
    ledger.sent(LINE, frame);
    socket.send(codec.media(stream.streamSid(), frame));
  }

  @Override
  public synchronized void mark(String name) {
    ledger.mark(LINE, name);
    socket.send(codec.mark(stream.streamSid(), name));
  }

  @Override
  public synchronized void clearPlayback() {
    ledger.cleared();
    socket.send(codec.clear(stream.streamSid()));
  }

  /**
   * Feed every inbound {@code mark} echo here. True when it proves the audio before it was heard, so the
   * session may be told; false for echoes of cleared marks (and our own hang-up mark).
   */
  public boolean acknowledge(String markName) {
    boolean heard = ledger.echoed(markName);
    if (HANGUP_MARK.equals(markName)) {
      hangUpNow();
      return false;
    }
    return heard;
  }

  /** Milliseconds of Chris's audio the caller has confirmedly heard on this line. */
  public long heardMillis() {
    return ledger.playedMillis(LINE);
  }

  @Override
  public void transfer(PhoneNumber to, String whisper) {
    TransferPlan plan = TransferPlan.to(to).withWhisper(whisper == null ? "" : whisper);
    restExecutor.execute(() -> callControl("transfer", () -> control.transfer(stream.callSid(), plan)));
  }

  @Override
  public synchronized void hangUp() {
    if (!hangUpRequested.compareAndSet(false, true)) {
      return;
    }
    if (ledger.sentMillis(LINE) == 0) {
      hangUpNow();
      return;
    }
    // Twilio echoes this mark once everything queued before it (the goodbye) has played, or at once if cleared.
    ledger.mark(LINE, HANGUP_MARK);
    socket.send(codec.mark(stream.streamSid(), HANGUP_MARK));
  }

  private void hangUpNow() {
    if (hungUp.compareAndSet(false, true)) {
      restExecutor.execute(() -> callControl("hang up", () -> control.hangUp(stream.callSid())));
    }
  }

  private void callControl(String what, Runnable action) {
    try {
      action.run();
    } catch (PortException e) {
      // Logged here, where it is handled: the caller's line has no way to report back to the session.
      log.warn("Twilio {} failed for call {} ({}): {}", what, stream.callSid(), e.kind(), e.getMessage());
    }
  }
}
