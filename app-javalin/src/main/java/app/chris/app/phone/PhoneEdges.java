package app.chris.app.phone;

import app.chris.adapters.elevenlabs.ElevenLabsSettings;
import app.chris.adapters.elevenlabs.ElevenLabsSpeechSynthesizer;
import app.chris.adapters.openai.OpenAiRealtimeModel;
import app.chris.adapters.openai.TurnDetection;
import app.chris.app.config.AppConfig;
import app.chris.app.config.EarsSettings;
import app.chris.core.port.RealtimeModel;
import app.chris.core.port.SpeechSynthesizer;
import app.chris.core.voice.SpeechMetrics;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * The audio edges of the phone line: Chris's voice and the ears. Without a voice, calls are put through to the
 * office; without ears (no OpenAI), Chris speaks but understands only the keypad.
 */
public record PhoneEdges(Optional<SpeechSynthesizer> voice, Optional<RealtimeModel> ears) {
  public PhoneEdges {
    Objects.requireNonNull(voice, "voice");
    Objects.requireNonNull(ears, "ears");
  }

  public static PhoneEdges none() {
    return new PhoneEdges(Optional.empty(), Optional.empty());
  }

  /** Real vendors as configured: ElevenLabs as the voice, OpenAI's realtime model as the ears. */
  public static PhoneEdges fromConfig(AppConfig config, OkHttpClient http) {
    Optional<SpeechSynthesizer> voice = config.vendors().elevenLabs().map(el -> new ElevenLabsSpeechSynthesizer(
        ElevenLabsSettings.of(el.baseUrl(), el.apiKey(), el.voiceId()).withModel(el.model()), http,
        new SpeechMetrics()));
    Optional<RealtimeModel> ears = config.vendors().openAi().map(openAi -> new OpenAiRealtimeModel(
        app.chris.adapters.openai.OpenAiSettings.forVoice(openAi.baseUrl(), openAi.apiKey(), openAi.realtimeModel()),
        turnDetection(openAi.ears()), http));
    return new PhoneEdges(voice, ears);
  }

  /** The ears never answer by themselves: Chris's replies come from the core and are spoken by the voice. */
  private static TurnDetection turnDetection(EarsSettings ears) {
    return new TurnDetection(ears.vadThreshold(), ears.prefixPaddingMillis(), ears.silenceMillis(),
        ears.longSilenceMillis(), false);
  }
}
