package app.chris.adapters.twilio;

import app.chris.core.port.AudioFrame;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One Media Streams message from Twilio, decoded. Closed set; anything we cannot use is {@link Malformed}
 * (a value, never an exception), so a hostile or buggy peer cannot break the socket handler.
 */
public sealed interface InboundFrame {
  /** First message on the socket; carries no streamSid. */
  record Connected(String protocol, String version) implements InboundFrame {
    public Connected {
      Objects.requireNonNull(protocol, "protocol");
      Objects.requireNonNull(version, "version");
    }
  }

  /** Sent once; {@code customParameters} holds the TwiML {@code <Parameter>}s, e.g. our stream token. */
  record Start(String streamSid, String callSid, String accountSid, List<String> tracks,
      Map<String, String> customParameters, MediaFormat mediaFormat) implements InboundFrame {
    public Start {
      Objects.requireNonNull(streamSid, "streamSid");
      Objects.requireNonNull(callSid, "callSid");
      Objects.requireNonNull(accountSid, "accountSid");
      tracks = List.copyOf(tracks);
      customParameters = Map.copyOf(customParameters);
      Objects.requireNonNull(mediaFormat, "mediaFormat");
    }

    /** The one-time stream token our TwiML put in {@code <Parameter name="token">}. */
    public Optional<String> token() {
      return Optional.ofNullable(customParameters.get("token"));
    }
  }

  /** 20 ms of caller audio; the μ-law bytes are passed on untouched. {@code timestampMillis} is since stream start. */
  record Media(String streamSid, String track, long chunk, long timestampMillis, AudioFrame audio)
      implements InboundFrame {
    public Media {
      Objects.requireNonNull(streamSid, "streamSid");
      Objects.requireNonNull(track, "track");
      Objects.requireNonNull(audio, "audio");
    }
  }

  /** A keypad press ({@code 0-9 * #}). */
  record Dtmf(String streamSid, String digit) implements InboundFrame {
    public Dtmf {
      Objects.requireNonNull(streamSid, "streamSid");
      Objects.requireNonNull(digit, "digit");
    }
  }

  /** Twilio's echo of a mark we sent: the audio queued before it has played (or was cleared). */
  record Mark(String streamSid, String name) implements InboundFrame {
    public Mark {
      Objects.requireNonNull(streamSid, "streamSid");
      Objects.requireNonNull(name, "name");
    }
  }

  /** The stream stopped or the call ended. */
  record Stop(String streamSid, String callSid) implements InboundFrame {
    public Stop {
      Objects.requireNonNull(streamSid, "streamSid");
      Objects.requireNonNull(callSid, "callSid");
    }
  }

  /** A message we could not use, with the reason; counted in {@link MediaStreamCounters}. */
  record Malformed(Problem problem, String reason) implements InboundFrame {
    public Malformed {
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Why a message was rejected. */
  enum Problem { TOO_LARGE, INVALID_JSON, UNKNOWN_EVENT, MISSING_FIELD, BAD_BASE64 }
}
