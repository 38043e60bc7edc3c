package app.chris.core.port;

import java.time.Instant;
import java.util.Objects;

/**
 * A logged-in dashboard session. The store keeps only {@code tokenDigest} (a hash of the cookie's token), so a
 * leaked table does not log anyone in; {@code csrfToken} must accompany every state-changing request.
 */
public record DashboardSession(
    String tokenDigest, String userName, DashboardRole role, String csrfToken, Instant createdAt, Instant expiresAt) {

  public DashboardSession {
    Objects.requireNonNull(tokenDigest, "tokenDigest");
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("a session must expire after it starts");
    }
  }

  public boolean isAdmin() {
    return role == DashboardRole.ADMIN;
  }

  @Override
  public String toString() {
    return "DashboardSession[userName=" + userName + ", role=" + role + ", expiresAt=" + expiresAt + "]";
  }
}
