package app.chris.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Typed configuration read once from the environment (names: shared contracts/configuration.md). */
public record AppConfig(int port, Path dataDir, Optional<String> adminToken) {

  public static AppConfig fromEnv(Map<String, String> env) {
    int port = Integer.parseInt(env.getOrDefault("PORT", "8080"));
    Path dataDir = Path.of(env.getOrDefault("DATA_DIR", "./data"));
    return new AppConfig(port, dataDir, Optional.ofNullable(env.get("ADMIN_TOKEN")).filter(s -> !s.isBlank()));
  }

  @Override
  public String toString() {
    return "AppConfig[port=" + port + ", dataDir=" + dataDir + ", adminToken=" + (adminToken.isPresent() ? "***" : "generated") + "]";
  }
}
