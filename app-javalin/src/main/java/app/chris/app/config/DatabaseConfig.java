package app.chris.app.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Where shared state lives: embedded H2 in the data directory, or an external (PostgreSQL) JDBC URL. */
public sealed interface DatabaseConfig permits DatabaseConfig.Embedded, DatabaseConfig.External {

  /** H2 files under {@code dataDir}. */
  record Embedded(Path dataDir) implements DatabaseConfig {
    public Embedded {
      Objects.requireNonNull(dataDir, "dataDir");
    }
  }

  /** A JDBC URL with optional credentials; the password is redacted in {@code toString()}. */
  record External(String jdbcUrl, Optional<String> user, Optional<String> password) implements DatabaseConfig {
    public External {
      Objects.requireNonNull(jdbcUrl, "jdbcUrl");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
      if (!jdbcUrl.startsWith("jdbc:")) {
        throw new IllegalArgumentException("DATABASE_URL must be a JDBC URL (jdbc:postgresql://...)");
      }
    }

    @Override
    public String toString() {
      return "External[jdbcUrl=" + jdbcUrl.replaceAll("password=[^&;]*", "password=***") + ", user="
          + user.orElse("<unset>") + ", password=" + Secrets.redact(password) + "]";
    }
  }
}
