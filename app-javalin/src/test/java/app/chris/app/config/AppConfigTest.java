package app.chris.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

  @Test
  void givenEmptyEnvironment_fromEnv_isTheEmbeddedDefault() {
    AppConfig config = AppConfig.fromEnv(Map.of());

    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.publicBaseUrl()).isEqualTo(URI.create("http://localhost:8080"));
    assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
    assertThat(config.database()).isEqualTo(new DatabaseConfig.Embedded(Path.of("./data")));
    assertThat(config.adminToken()).isEmpty();
    assertThat(config.portfolioFile()).isEmpty();
    assertThat(config.testCallIdleTimeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(config.vendors()).isEqualTo(Vendors.none());
  }

  @Test
  void givenPortOnly_publicBaseUrl_followsThePort() {
    AppConfig config = AppConfig.fromEnv(Map.of("PORT", "9090"));

    assertThat(config.publicBaseUrl()).isEqualTo(URI.create("http://localhost:9090"));
  }

  @Test
  void givenBlankValues_theyCountAsUnset() {
    AppConfig config = AppConfig.fromEnv(Map.of("ADMIN_TOKEN", "  ", "OPENAI_API_KEY", ""));

    assertThat(config.adminToken()).isEmpty();
    assertThat(config.vendors().openAi()).isEmpty();
  }

  @Test
  void givenBadPort_fromEnv_namesTheVariable() {
    assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("PORT", "eighty")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("PORT");
    assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("PORT", "70000"))).hasMessageContaining("PORT");
  }

  @Test
  void givenBadUrl_fromEnv_namesTheVariable() {
    assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("OPENAI_API_KEY", "sk-1", "OPENAI_BASE_URL", "api.openai")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("OPENAI_BASE_URL");
  }

  @Test
  void givenOpenAiKey_settings_useDocumentedDefaultsAndDeriveTheRealtimeSocket() {
    OpenAiSettings openAi = AppConfig.fromEnv(Map.of("OPENAI_API_KEY", "sk-secret")).vendors().openAi().orElseThrow();

    assertThat(openAi.baseUrl()).isEqualTo(URI.create("https://api.openai.com/v1"));
    assertThat(openAi.realtimeUrl()).isEqualTo(URI.create("wss://api.openai.com/v1/realtime"));
    assertThat(openAi.fastModel()).isEqualTo(OpenAiSettings.DEFAULT_FAST_MODEL);
  }

  @Test
  void givenVadVariables_ears_useThemAndDefaultToTheReferenceStartingPoint() {
    EarsSettings tuned = AppConfig.fromEnv(Map.of("OPENAI_API_KEY", "k", "OPENAI_VAD_THRESHOLD", "0.65",
        "OPENAI_VAD_PREFIX_PADDING_MS", "200", "OPENAI_VAD_SILENCE_MS", "700", "OPENAI_VAD_LONG_SILENCE_MS", "1800"))
        .vendors().openAi().orElseThrow().ears();
    EarsSettings defaults = AppConfig.fromEnv(Map.of("OPENAI_API_KEY", "k")).vendors().openAi().orElseThrow().ears();

    assertThat(tuned).isEqualTo(new EarsSettings(0.65, 200, 700, 1800));
    assertThat(defaults).isEqualTo(new EarsSettings(0.5, 300, 500, 1200));
  }

  @Test
  void givenBadVadVariables_fromEnv_namesTheVariable() {
    assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("OPENAI_API_KEY", "k", "OPENAI_VAD_THRESHOLD", "loud")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("OPENAI_VAD_THRESHOLD");
    assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("OPENAI_API_KEY", "k", "OPENAI_VAD_THRESHOLD", "1.5")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("OPENAI_VAD_THRESHOLD");
    assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("OPENAI_API_KEY", "k", "OPENAI_VAD_SILENCE_MS", "900",
        "OPENAI_VAD_LONG_SILENCE_MS", "600")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("OPENAI_VAD_LONG_SILENCE_MS");
  }

  @Test
  void givenLocalFakeBaseUrls_socketsDeriveAsPlainWs() {
    Vendors vendors = AppConfig.fromEnv(Map.of("OPENAI_API_KEY", "k", "OPENAI_BASE_URL", "http://127.0.0.1:9000/v1/",
        "ELEVENLABS_API_KEY", "e", "ELEVENLABS_BASE_URL", "http://127.0.0.1:9001", "ELEVENLABS_VOICE_ID", "v1"))
        .vendors();

    assertThat(vendors.openAi().orElseThrow().realtimeUrl()).isEqualTo(URI.create("ws://127.0.0.1:9000/v1/realtime"));
    assertThat(vendors.elevenLabs().orElseThrow().streamUrl())
        .isEqualTo(URI.create("ws://127.0.0.1:9001/v1/text-to-speech/v1/multi-stream-input"));
  }

  @Test
  void givenHalfATwilioAccount_fromEnv_namesTheMissingVariable() {
    assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("TWILIO_ACCOUNT_SID", "AC123")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("TWILIO_AUTH_TOKEN");
  }

  @Test
  void givenRentManagerWithoutPassword_fromEnv_namesIt() {
    assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("RENTMANAGER_BASE_URL", "https://acme.api.rentmanager.com",
        "RENTMANAGER_USERNAME", "chris"))).hasMessageContaining("RENTMANAGER_PASSWORD");
  }

  @Test
  void givenSendGridKeyWithoutSender_fromEnv_namesSendGridFrom() {
    assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("SENDGRID_API_KEY", "SG.1")))
        .hasMessageContaining("SENDGRID_FROM");
  }

  @Test
  void givenDatabaseUserWithoutUrl_fromEnv_namesDatabaseUrl() {
    assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("DATABASE_USER", "chris")))
        .hasMessageContaining("DATABASE_URL");
  }

  @Test
  void givenPostgresUrl_database_isExternal() {
    AppConfig config = AppConfig.fromEnv(Map.of("DATABASE_URL", "jdbc:postgresql://db/chris",
        "DATABASE_USER", "chris", "DATABASE_PASSWORD", "pw"));

    assertThat(config.database()).isInstanceOf(DatabaseConfig.External.class);
  }

  @Test
  void givenMetricsToken_fromEnv_keepsIt_andWithoutOneMetricsAreOpen() {
    assertThat(AppConfig.fromEnv(Map.of("METRICS_TOKEN", "scrape")).metricsToken()).contains("scrape");
    assertThat(AppConfig.fromEnv(Map.of()).metricsToken()).isEmpty();
    assertThat(AppConfig.fromEnv(Map.of("METRICS_TOKEN", "scrape")).withPort(0).metricsToken()).contains("scrape");
  }

  @Test
  void givenEverySecret_toString_showsNone() {
    Map<String, String> env = Map.ofEntries(
        Map.entry("ADMIN_TOKEN", "secret-admin"), Map.entry("DATABASE_URL", "jdbc:postgresql://db/c?password=secret-url"),
        Map.entry("DATABASE_PASSWORD", "secret-db"), Map.entry("DASHBOARD_ADMIN_USER", "pat"),
        Map.entry("DASHBOARD_ADMIN_PASSWORD", "secret-dash"), Map.entry("TWILIO_ACCOUNT_SID", "AC1"),
        Map.entry("TWILIO_AUTH_TOKEN", "secret-twilio"), Map.entry("OPENAI_API_KEY", "secret-openai"),
        Map.entry("XAI_API_KEY", "secret-xai"), Map.entry("ELEVENLABS_API_KEY", "secret-eleven"),
        Map.entry("RENTMANAGER_BASE_URL", "https://acme.example"), Map.entry("RENTMANAGER_USERNAME", "u"),
        Map.entry("RENTMANAGER_PASSWORD", "secret-rm"), Map.entry("RENTMANAGER_PARTNER_TOKEN", "secret-partner"),
        Map.entry("SENDGRID_API_KEY", "secret-sendgrid"), Map.entry("SENDGRID_FROM", "chris@lakeside.example"),
        Map.entry("METRICS_TOKEN", "secret-metrics"));

    String shown = AppConfig.fromEnv(env).toString();

    assertThat(shown).doesNotContain("secret").contains("***").contains("AC1").contains("chris@lakeside.example");
  }

  @Test
  void givenIdleTimeout_fromEnv_readsSeconds() {
    assertThat(AppConfig.fromEnv(Map.of("TEST_CALL_IDLE_SECONDS", "90")).testCallIdleTimeout())
        .isEqualTo(Duration.ofSeconds(90));
    assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("TEST_CALL_IDLE_SECONDS", "0")))
        .hasMessageContaining("TEST_CALL_IDLE_SECONDS");
  }

  @Test
  void givenShutdownDrain_fromEnv_readsSecondsAllowsZeroAndRefusesNegatives() {
    assertThat(AppConfig.fromEnv(Map.of()).shutdownDrain()).isEqualTo(Duration.ofSeconds(20));
    assertThat(AppConfig.fromEnv(Map.of("SHUTDOWN_DRAIN_SECONDS", "45")).shutdownDrain())
        .isEqualTo(Duration.ofSeconds(45));
    assertThat(AppConfig.fromEnv(Map.of("SHUTDOWN_DRAIN_SECONDS", "0")).shutdownDrain()).isZero();
    assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("SHUTDOWN_DRAIN_SECONDS", "-1")))
        .hasMessageContaining("SHUTDOWN_DRAIN_SECONDS");
    assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("SHUTDOWN_DRAIN_SECONDS", "soon")))
        .hasMessageContaining("SHUTDOWN_DRAIN_SECONDS");
  }

  @Test
  void rateLimits_haveGenerousDefaults_andRefuseNegativeValues() {
    assertThat(AppConfig.fromEnv(Map.of()).rateLimits()).isEqualTo(RateLimits.DEFAULTS);
    assertThat(AppConfig.fromEnv(Map.of("RATE_LIMIT_PER_MINUTE", "0", "CLIENT_ADDRESS_HEADER", "X-Forwarded-For"))
        .rateLimits()).satisfies(r -> {
          assertThat(r.perMinute()).isZero();
          assertThat(r.clientAddressHeader()).contains("X-Forwarded-For");
        });
    assertThatThrownBy(() -> AppConfig.fromEnv(Map.of("RATE_LIMIT_BURST", "-5")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("RATE_LIMIT_BURST");
  }
}
