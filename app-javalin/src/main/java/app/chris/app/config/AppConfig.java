package app.chris.app.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed configuration read once from the environment (names: shared contracts/configuration.md). A vendor is
 * configured (present) when any of its variables is set; a partial configuration is an error naming the
 * missing variable. {@code toString()} never shows a secret.
 */
public record AppConfig(
    int port,
    URI publicBaseUrl,
    Path dataDir,
    DatabaseConfig database,
    Optional<String> adminToken,
    Optional<String> metricsToken,
    DashboardSettings dashboard,
    Optional<Path> portfolioFile,
    Duration testCallIdleTimeout,
    Vendors vendors,
    Duration shutdownDrain,
    RateLimits rateLimits) {

  public static final Duration DEFAULT_TEST_CALL_IDLE_TIMEOUT = Duration.ofMinutes(10);
  /** Leaves time within a 30 s supervisor stop timeout (Kubernetes' default) to hand over and close the database. */
  public static final Duration DEFAULT_SHUTDOWN_DRAIN = Duration.ofSeconds(20);

  public AppConfig {
    Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(adminToken, "adminToken");
    Objects.requireNonNull(metricsToken, "metricsToken");
    Objects.requireNonNull(dashboard, "dashboard");
    Objects.requireNonNull(portfolioFile, "portfolioFile");
    Objects.requireNonNull(testCallIdleTimeout, "testCallIdleTimeout");
    Objects.requireNonNull(vendors, "vendors");
    Objects.requireNonNull(shutdownDrain, "shutdownDrain");
    Objects.requireNonNull(rateLimits, "rateLimits");
  }

  /** Without a metrics token, with the default drain time and rate limits. */
  public AppConfig(int port, URI publicBaseUrl, Path dataDir, DatabaseConfig database, Optional<String> adminToken,
      DashboardSettings dashboard, Optional<Path> portfolioFile, Duration testCallIdleTimeout, Vendors vendors) {
    this(port, publicBaseUrl, dataDir, database, adminToken, Optional.empty(), dashboard, portfolioFile,
        testCallIdleTimeout, vendors, DEFAULT_SHUTDOWN_DRAIN, RateLimits.DEFAULTS);
  }

  /** Reads and validates every variable; throws {@link ConfigException} naming the first bad one. */
  public static AppConfig fromEnv(Map<String, String> environment) {
    Env env = new Env(environment);
    int port = env.port("PORT", 8080);
    URI publicBaseUrl = env.urlOr("PUBLIC_BASE_URL", "http://localhost:" + port);
    Path dataDir = Path.of(env.get("DATA_DIR", "./data"));
    return new AppConfig(port, publicBaseUrl, dataDir, database(env, dataDir), env.get("ADMIN_TOKEN"),
        env.get("METRICS_TOKEN"), dashboard(env), env.get("PORTFOLIO_FILE").map(Path::of),
        Duration.ofSeconds(env.positiveLong("TEST_CALL_IDLE_SECONDS", DEFAULT_TEST_CALL_IDLE_TIMEOUT.toSeconds())),
        VendorConfig.read(env),
        Duration.ofSeconds(env.whole("SHUTDOWN_DRAIN_SECONDS", DEFAULT_SHUTDOWN_DRAIN.toSeconds(), 0, 3600)),
        RateLimits.read(env));
  }

  /** The same configuration with another port (tests and the scenario runner use port 0). */
  public AppConfig withPort(int newPort) {
    return new AppConfig(newPort, publicBaseUrl, dataDir, database, adminToken, metricsToken, dashboard,
        portfolioFile, testCallIdleTimeout, vendors, shutdownDrain, rateLimits);
  }

  private static DatabaseConfig database(Env env, Path dataDir) {
    Optional<String> url = env.get("DATABASE_URL");
    if (url.isEmpty()) {
      if (env.anySet("DATABASE_USER", "DATABASE_PASSWORD")) {
        throw new ConfigException("DATABASE_URL must be set when DATABASE_USER or DATABASE_PASSWORD is");
      }
      return new DatabaseConfig.Embedded(dataDir);
    }
    if (!url.get().startsWith("jdbc:")) {
      throw new ConfigException("DATABASE_URL must be a JDBC URL such as jdbc:postgresql://host/db");
    }
    return new DatabaseConfig.External(url.get(), env.get("DATABASE_USER"), env.get("DATABASE_PASSWORD"));
  }

  private static DashboardSettings dashboard(Env env) {
    if (!env.anySet("DASHBOARD_ADMIN_USER", "DASHBOARD_ADMIN_PASSWORD")) {
      return DashboardSettings.none();
    }
    String because = "when DASHBOARD_ADMIN_USER or DASHBOARD_ADMIN_PASSWORD is";
    return new DashboardSettings(Optional.of(env.require("DASHBOARD_ADMIN_USER", because)),
        Optional.of(env.require("DASHBOARD_ADMIN_PASSWORD", because)));
  }

  @Override
  public String toString() {
    return "AppConfig[port=" + port + ", publicBaseUrl=" + publicBaseUrl + ", dataDir=" + dataDir + ", database="
        + database + ", adminToken=" + (adminToken.isPresent() ? "***" : "<generated>") + ", metricsToken="
        + (metricsToken.isPresent() ? "***" : "<none: /metrics open>") + ", dashboard=" + dashboard
        + ", portfolioFile=" + portfolioFile.map(Path::toString).orElse("<demo>") + ", testCallIdleTimeout="
        + testCallIdleTimeout + ", vendors=" + vendors + ", shutdownDrain=" + shutdownDrain + ", rateLimits=" + rateLimits + "]";
  }
}
