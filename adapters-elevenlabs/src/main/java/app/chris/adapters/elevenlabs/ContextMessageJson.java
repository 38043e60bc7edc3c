package app.chris.adapters.elevenlabs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A client message on the multi-context socket (init, text, flush, keep-alive, close_context); nulls omitted. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ContextMessageJson(
    String text,
    @JsonProperty("context_id") String contextId,
    Boolean flush,
    @JsonProperty("close_context") Boolean closeContext,
    @JsonProperty("voice_settings") VoiceSettingsJson voiceSettings) {

  /** Voice settings may only be given in a context's first message (later ones must omit them, else 1008). */
  static ContextMessageJson init(String contextId) {
    return new ContextMessageJson(" ", contextId, null, null, VoiceSettingsJson.DEFAULTS);
  }

  /** Each chunk ends with a space, as ElevenLabs asks. */
  static ContextMessageJson text(String contextId, String sentence) {
    return new ContextMessageJson(sentence + " ", contextId, null, null, null);
  }

  static ContextMessageJson flush(String contextId) {
    return new ContextMessageJson("", contextId, true, null, null);
  }

  /** An empty string resets the context's inactivity timer (unlike the single-stream socket, where it closes). */
  static ContextMessageJson keepAlive(String contextId) {
    return new ContextMessageJson("", contextId, null, null, null);
  }

  static ContextMessageJson close(String contextId) {
    return new ContextMessageJson(null, contextId, null, true, null);
  }

  /** Stability and similarity at the vendor defaults; speaker boost off (it adds latency). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record VoiceSettingsJson(
      double stability,
      @JsonProperty("similarity_boost") double similarityBoost,
      @JsonProperty("use_speaker_boost") boolean useSpeakerBoost) {
    static final VoiceSettingsJson DEFAULTS = new VoiceSettingsJson(0.5, 0.75, false);
  }
}
