package app.chris.app.config;

import java.util.Optional;

/** How settings records show secrets in {@code toString()}: never the value, only whether one is set. */
final class Secrets {
  private Secrets() {}

  static String redact(String secret) {
    return secret == null || secret.isEmpty() ? "<unset>" : "***";
  }

  static String redact(Optional<String> secret) {
    return secret.isPresent() ? "***" : "<unset>";
  }
}
