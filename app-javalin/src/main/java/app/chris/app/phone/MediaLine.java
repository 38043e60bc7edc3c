package app.chris.app.phone;

import app.chris.adapters.twilio.InboundFrame;
import app.chris.adapters.twilio.OutboundSocket;
import app.chris.adapters.twilio.TwilioCallerLine;
import app.chris.app.live.CallReport;
import app.chris.core.call.CallEvent;
import app.chris.core.port.FailureKind;
import app.chris.core.voice.VoiceCallOutput;
import java.util.function.Consumer;

/** One media stream of a call: Twilio's line on its socket and Chris's voice on it (a new one per stream). */
record MediaLine(TwilioCallerLine twilio, VoiceCallOutput output, OutboundSocket socket) {
  static MediaLine open(InboundFrame.Start start, OutboundSocket socket, CallParts parts, CallReport report,
      Consumer<CallEvent> events, Consumer<FailureKind> voiceLost) {
    TwilioCallerLine twilio = new TwilioCallerLine(start, socket, parts.codec(), parts.control(), parts.io());
    return new MediaLine(twilio, new VoiceCallOutput(report.voice(parts.voice(), "elevenlabs"), twilio, events,
        voiceLost), socket);
  }
}
