package app.chris.app.phone;

import app.chris.adapters.twilio.TwilioCallControl;
import app.chris.adapters.twilio.TwilioMediaCodec;
import app.chris.app.live.LiveReporter;
import app.chris.core.call.VoiceAssistant;
import app.chris.core.port.RealtimeModel;
import app.chris.core.port.SpeechSynthesizer;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * What every phone call is built from: the assistant, Chris's voice, the ears (realtime model; empty without
 * OpenAI: keypad only), Twilio call control, the media codec, a pool for blocking work off the socket thread and
 * the live reporter the dashboard watches.
 */
record CallParts(
    VoiceAssistant assistant,
    SpeechSynthesizer voice,
    Optional<RealtimeModel> ears,
    TwilioCallControl control,
    TwilioMediaCodec codec,
    ExecutorService io,
    LiveReporter live) {

  CallParts {
    Objects.requireNonNull(assistant, "assistant");
    Objects.requireNonNull(voice, "voice");
    Objects.requireNonNull(ears, "ears");
    Objects.requireNonNull(control, "control");
    Objects.requireNonNull(codec, "codec");
    Objects.requireNonNull(io, "io");
    Objects.requireNonNull(live, "live");
  }
}
