package app.chris.core.port;

import java.util.Objects;

/** What a realtime conversation session reports. Sealed; speech-started is handled ahead of anything queued. */
public sealed interface RealtimeEvent
    permits RealtimeEvent.SpeechStarted,
        RealtimeEvent.SpeechStopped,
        RealtimeEvent.Transcript,
        RealtimeEvent.TextDelta,
        RealtimeEvent.ToolRequested,
        RealtimeEvent.ResponseDone,
        RealtimeEvent.Failed {

  /** The caller started talking (barge-in when Chris is speaking). */
  record SpeechStarted(long audioMillis) implements RealtimeEvent {}

  record SpeechStopped(long audioMillis) implements RealtimeEvent {}

  /** Transcription of the caller's speech; {@code complete} once the utterance is final. */
  record Transcript(String text, boolean complete) implements RealtimeEvent {
    public Transcript {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Streaming text of the model's response. */
  record TextDelta(String responseId, String text) implements RealtimeEvent {
    public TextDelta {
      Objects.requireNonNull(responseId, "responseId");
      Objects.requireNonNull(text, "text");
    }
  }

  record ToolRequested(ToolCall call) implements RealtimeEvent {
    public ToolRequested {
      Objects.requireNonNull(call, "call");
    }
  }

  record ResponseDone(String responseId) implements RealtimeEvent {
    public ResponseDone {
      Objects.requireNonNull(responseId, "responseId");
    }
  }

  /** The session failed; the core fails over. No more events follow. */
  record Failed(FailureKind kind, String message) implements RealtimeEvent {
    public Failed {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(message, "message");
    }
  }
}
