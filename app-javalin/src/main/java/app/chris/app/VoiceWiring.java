package app.chris.app;

import app.chris.adapters.elevenlabs.ElevenLabsSettings;
import app.chris.adapters.elevenlabs.ElevenLabsSpeechSynthesizer;
import app.chris.app.api.ComponentStatus;
import app.chris.app.config.AppConfig;
import app.chris.app.phone.PhoneEdges;
import app.chris.core.port.PropertyDirectory;
import app.chris.core.port.SpeechSynthesizer;
import app.chris.core.voice.CachingSpeechSynthesizer;
import app.chris.core.voice.FixedLineBook;
import app.chris.core.voice.PhraseCache;
import app.chris.core.voice.PhraseCacheLimits;
import app.chris.core.voice.SpeechMetrics;
import app.chris.core.voice.VoiceWarmUp;
import app.chris.core.voice.WarmUpPlan;
import app.chris.core.voice.WarmUpStatus;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chris's ElevenLabs voice as calls use it: behind the phrase cache in {@code DATA_DIR/phrases} (keyed by host,
 * voice and model), with the company's fixed lines warmed in the background from start-up (the greetings and
 * apologies first (this time of day's greetings), as many at once as the lowest ElevenLabs plan allows for the model). Other voices (a
 * canned one in tests) are used as given.
 */
final class VoiceWiring {
  private static final Logger log = LoggerFactory.getLogger(VoiceWiring.class);

  private VoiceWiring() {}

  /** The phone edges with the voice cached, and the warm-up that was started for it (if any). */
  record Voice(PhoneEdges edges, Optional<VoiceWarmUp> warmUp) {}

  static Voice cached(AppConfig config, PhoneEdges edges, PropertyDirectory directory, Clock clock) {
    Optional<SpeechSynthesizer> elevenLabs = edges.voice().filter(v -> v instanceof ElevenLabsSpeechSynthesizer);
    if (elevenLabs.isEmpty() || config.vendors().elevenLabs().isEmpty()) {
      return new Voice(edges, Optional.empty());
    }
    app.chris.app.config.ElevenLabsSettings el = config.vendors().elevenLabs().get();
    ElevenLabsSettings settings = ElevenLabsSettings.of(el.baseUrl(), el.apiKey(), el.voiceId()).withModel(el.model());
    String voiceKey = settings.voiceKey();
    PhraseCache cache;
    try {
      cache = new PhraseCache(config.dataDir().resolve("phrases"), voiceKey, PhraseCacheLimits.defaults());
    } catch (UncheckedIOException e) {
      log.warn("Phrase cache unavailable ({}): every line is synthesised live", e.getMessage());
      return new Voice(edges, Optional.empty());
    }
    FixedLineBook lines = new FixedLineBook(directory, clock);
    CachingSpeechSynthesizer voice = new CachingSpeechSynthesizer(elevenLabs.get(), cache, new SpeechMetrics(), lines);
    VoiceWarmUp warmUp = new VoiceWarmUp(voice, WarmUpPlan.fixedLines(lines, settings.leastPlanConcurrency()));
    warmUp.start();
    return new Voice(new PhoneEdges(Optional.of(voice), edges.ears()), Optional.of(warmUp));
  }

  /**
   * {@code /ready}'s voice entry: down until the lines a call needs first are cached, or when the voice does not
   * answer; with how many of the fixed lines are cached so far ({@code phrasesCached} of {@code phrasesTotal}).
   */
  static ComponentStatus status(AppConfig config, Optional<WarmUpStatus> warmUp) {
    if (config.vendors().elevenLabs().isEmpty()) {
      return ComponentStatus.offlineDefault("no voice: text channels only");
    }
    String name = "ElevenLabs voice " + config.vendors().elevenLabs().get().voiceId();
    if (warmUp.isEmpty()) {
      return ComponentStatus.up(name);
    }
    WarmUpStatus status = warmUp.get();
    String detail = name + ": " + status.describe();
    return (status.state().takesCalls() ? ComponentStatus.up(detail) : ComponentStatus.down(detail))
        .withCounts(Map.of("phrasesCached", (long) status.cached()))
        .withCounts(Map.of("phrasesTotal", (long) status.total()));
  }
}
