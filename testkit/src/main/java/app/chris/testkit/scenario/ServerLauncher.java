package app.chris.testkit.scenario;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts a fresh Chris server loaded with a portfolio file, for one scenario. The host (app) implements it, so
 * the testkit does not depend on the application module. Implementations give each launch its own data.
 */
@FunctionalInterface
public interface ServerLauncher {
  Running launch(Optional<Path> portfolioFile) throws Exception;

  /** A server started for one scenario; closing it stops the server and discards its data. */
  interface Running extends AutoCloseable {
    URI baseUrl();

    String adminToken();
  }

  /** A plain {@link Running} over a close action. */
  static Running running(URI baseUrl, String adminToken, AutoCloseable onClose) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(adminToken, "adminToken");
    Objects.requireNonNull(onClose, "onClose");
    return new Running() {
      @Override
      public URI baseUrl() {
        return baseUrl;
      }

      @Override
      public String adminToken() {
        return adminToken;
      }

      @Override
      public void close() throws Exception {
        onClose.close();
      }
    };
  }
}
