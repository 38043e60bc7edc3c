package app.chris.app.phone;

import app.chris.adapters.twilio.InboundFrame;
import app.chris.adapters.twilio.IncomingCall;
import app.chris.adapters.twilio.OutboundSocket;
import app.chris.adapters.twilio.StreamAdmission;
import app.chris.adapters.twilio.TwilioMediaCodec;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Twilio media socket. Nothing reaches Chris before the {@code start} frame is admitted (right account,
 * phone mu-law, a one-time token for this CallSid); a refused stream is closed before any vendor session opens.
 * Malformed frames are counted by the codec and skipped. Messages arrive on the socket's thread, one at a time.
 */
final class MediaStreamSession {
  /** WebSocket close code for a refused stream (policy violation). */
  static final int REFUSED = 1008;
  private static final Logger log = LoggerFactory.getLogger(MediaStreamSession.class);

  private final TwilioMediaCodec codec;
  private final StreamAdmission admission;
  private final LiveCalls calls;
  private final Optional<CallParts> parts;
  private final OutboundSocket socket;
  private final Closer closer;
  private final AtomicReference<Optional<PhoneCall>> call = new AtomicReference<>(Optional.empty());

  MediaStreamSession(TwilioMediaCodec codec, StreamAdmission admission, LiveCalls calls, Optional<CallParts> parts,
      OutboundSocket socket, Closer closer) {
    this.codec = Objects.requireNonNull(codec, "codec");
    this.admission = Objects.requireNonNull(admission, "admission");
    this.calls = Objects.requireNonNull(calls, "calls");
    this.parts = Objects.requireNonNull(parts, "parts");
    this.socket = Objects.requireNonNull(socket, "socket");
    this.closer = Objects.requireNonNull(closer, "closer");
  }

  void onMessage(String text) {
    InboundFrame frame = codec.decode(text);
    if (frame instanceof InboundFrame.Start) {
      admit((InboundFrame.Start) frame);
      return;
    }
    Optional<PhoneCall> current = call.get();
    if (current.isEmpty()) {
      return; // connected, or anything before an admitted start: nothing to do
    }
    if (frame instanceof InboundFrame.Media) {
      current.get().onAudio(((InboundFrame.Media) frame).audio());
    } else if (frame instanceof InboundFrame.Mark) {
      current.get().onMark(((InboundFrame.Mark) frame).name());
    } else if (frame instanceof InboundFrame.Dtmf) {
      current.get().onDigits(((InboundFrame.Dtmf) frame).digit());
    } else if (frame instanceof InboundFrame.Stop) {
      calls.streamEnded(current.get().callSid(), socket);
    }
  }

  /** The socket closed (after stop, on hang-up, or broken): the call ends, unless it waits on a live transfer. */
  void onClose() {
    call.get().ifPresent(c -> calls.streamEnded(c.callSid(), socket));
  }

  private void admit(InboundFrame.Start start) {
    if (call.get().isPresent()) {
      return; // a second start on one socket is ignored
    }
    StreamAdmission.Verdict verdict = admission.admit(start);
    if (!verdict.admitted() || parts.isEmpty()) {
      log.warn("Media stream for call {} refused: {}", start.callSid(),
          verdict.admitted() ? "Twilio call control not configured" : verdict);
      closer.close(REFUSED, "stream refused");
      return;
    }
    // The webhook may have been answered by another instance: then the stream's parameters describe the call.
    Optional<PhoneCall> back = calls.unpark(start.callSid());
    back.ifPresent(parked -> parked.resume(start, socket)); // first: a late close of the old stream is ignored
    PhoneCall admitted = back.orElseGet(() -> PhoneCall.admit(start,
        calls.claim(start.callSid()).or(() -> IncomingCall.describedBy(start)), socket, parts.get()));
    // Registered before a new call says a word: once audio flows, marks, a stop and the dashboard find it.
    calls.add(admitted);
    call.set(Optional.of(admitted));
    if (back.isEmpty()) {
      admitted.begin();
    }
  }

  /** Closes the socket with a code and reason. */
  @FunctionalInterface
  interface Closer {
    void close(int code, String reason);
  }
}
