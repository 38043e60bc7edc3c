package app.chris.core.port;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A dashboard account. {@code name} is kept lower-case (names compare case-insensitively); {@code passwordHash}
 * is a salted hash, never the password, and is left out of {@link #toString()}.
 */
public record DashboardUser(String name, DashboardRole role, String passwordHash, String createdBy, Instant createdAt) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");

  public DashboardUser {
    name = normalize(name);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The stored form of a user name; throws {@link IllegalArgumentException} for an unusable one. */
  public static String normalize(String name) {
    String lower = Objects.requireNonNull(name, "name").strip().toLowerCase(Locale.ROOT);
    if (!NAME.matcher(lower).matches()) {
      throw new IllegalArgumentException(
          "a user name is 1-64 letters, digits, dots, dashes, underscores or @, starting with a letter or digit");
    }
    return lower;
  }

  @Override
  public String toString() {
    return "DashboardUser[name=" + name + ", role=" + role + ", createdBy=" + createdBy + ", createdAt=" + createdAt
        + "]";
  }
}
