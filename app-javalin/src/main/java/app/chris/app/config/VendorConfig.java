package app.chris.app.config;

import java.util.Optional;

/** Reads each vendor's variables into its settings record; a vendor with no variable set stays empty. */
final class VendorConfig {
  private VendorConfig() {}

  static Vendors read(Env env) {
    return new Vendors(twilio(env), openAi(env), xai(env), elevenLabs(env), rentManager(env), sendGrid(env));
  }

  static Optional<TwilioSettings> twilio(Env env) {
    if (!env.anySet("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN")) {
      return Optional.empty();
    }
    String because = "when TWILIO_ACCOUNT_SID or TWILIO_AUTH_TOKEN is";
    return Optional.of(new TwilioSettings(env.require("TWILIO_ACCOUNT_SID", because),
        env.require("TWILIO_AUTH_TOKEN", because),
        env.urlOr("TWILIO_API_BASE_URL", TwilioSettings.DEFAULT_API_BASE_URL)));
  }

  static Optional<OpenAiSettings> openAi(Env env) {
    if (env.get("OPENAI_API_KEY").isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new OpenAiSettings(env.get("OPENAI_API_KEY").orElseThrow(),
        env.urlOr("OPENAI_BASE_URL", OpenAiSettings.DEFAULT_BASE_URL),
        env.get("OPENAI_REALTIME_MODEL", OpenAiSettings.DEFAULT_REALTIME_MODEL),
        env.get("OPENAI_FAST_MODEL", OpenAiSettings.DEFAULT_FAST_MODEL),
        env.get("OPENAI_STRONG_MODEL", OpenAiSettings.DEFAULT_STRONG_MODEL), ears(env)));
  }

  static EarsSettings ears(Env env) {
    double threshold = env.decimal("OPENAI_VAD_THRESHOLD", EarsSettings.DEFAULT_THRESHOLD, 0.01, 1.0);
    int padding = (int) env.whole("OPENAI_VAD_PREFIX_PADDING_MS", EarsSettings.DEFAULT_PREFIX_PADDING_MS, 0, 2000);
    int silence = (int) env.whole("OPENAI_VAD_SILENCE_MS", EarsSettings.DEFAULT_SILENCE_MS, 100, 5000);
    int longSilence = (int) env.whole("OPENAI_VAD_LONG_SILENCE_MS",
        Math.max(silence, EarsSettings.DEFAULT_LONG_SILENCE_MS), 100, 10_000);
    if (longSilence < silence) {
      throw new ConfigException("OPENAI_VAD_LONG_SILENCE_MS (" + longSilence
          + ") must be at least OPENAI_VAD_SILENCE_MS (" + silence + ")");
    }
    return new EarsSettings(threshold, padding, silence, longSilence);
  }

  static Optional<XaiSettings> xai(Env env) {
    if (env.get("XAI_API_KEY").isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new XaiSettings(env.get("XAI_API_KEY").orElseThrow(),
        env.urlOr("XAI_BASE_URL", XaiSettings.DEFAULT_BASE_URL), env.get("XAI_MODEL", XaiSettings.DEFAULT_MODEL)));
  }

  static Optional<ElevenLabsSettings> elevenLabs(Env env) {
    if (env.get("ELEVENLABS_API_KEY").isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ElevenLabsSettings(env.get("ELEVENLABS_API_KEY").orElseThrow(),
        env.urlOr("ELEVENLABS_BASE_URL", ElevenLabsSettings.DEFAULT_BASE_URL),
        env.get("ELEVENLABS_VOICE_ID", ElevenLabsSettings.DEFAULT_VOICE_ID),
        env.get("ELEVENLABS_MODEL", ElevenLabsSettings.DEFAULT_MODEL)));
  }

  static Optional<RentManagerSettings> rentManager(Env env) {
    if (!env.anySet("RENTMANAGER_BASE_URL", "RENTMANAGER_USERNAME", "RENTMANAGER_PASSWORD")) {
      return Optional.empty();
    }
    String because = "to use Rent Manager (some RENTMANAGER_* variables are set)";
    return Optional.of(new RentManagerSettings(
        Env.parseUrl("RENTMANAGER_BASE_URL", env.require("RENTMANAGER_BASE_URL", because)),
        env.require("RENTMANAGER_USERNAME", because), env.require("RENTMANAGER_PASSWORD", because),
        env.get("RENTMANAGER_PARTNER_TOKEN"),
        (int) env.positiveLong("RENTMANAGER_LOCATION_ID", RentManagerSettings.DEFAULT_LOCATION_ID),
        RentManagerNames.from(env)));
  }

  static Optional<SendGridSettings> sendGrid(Env env) {
    if (!env.anySet("SENDGRID_API_KEY", "SENDGRID_FROM")) {
      return Optional.empty();
    }
    String because = "to send email (SENDGRID_API_KEY or SENDGRID_FROM is set)";
    String from = env.require("SENDGRID_FROM", because);
    if (!from.matches("[^@\\s]+@[^@\\s]+")) {
      throw new ConfigException("SENDGRID_FROM must be an email address, got '" + from + "'");
    }
    return Optional.of(new SendGridSettings(env.require("SENDGRID_API_KEY", because), from,
        env.urlOr("SENDGRID_HOST", SendGridSettings.DEFAULT_HOST)));
  }
}
