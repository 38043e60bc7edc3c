package app.chris.testkit;

import app.chris.core.port.DashboardSession;
import app.chris.core.port.DashboardUser;
import app.chris.core.port.DashboardUsers;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** {@link DashboardUsers} in memory, for tests and embedding. Thread-safe (one lock). */
public final class InMemoryDashboardUsers implements DashboardUsers {
  private final Map<String, DashboardUser> users = new TreeMap<>();
  private final Map<String, DashboardSession> sessions = new HashMap<>();

  @Override
  public synchronized Optional<DashboardUser> add(DashboardUser user) {
    Objects.requireNonNull(user, "user");
    if (users.containsKey(user.name())) {
      return Optional.empty();
    }
    users.put(user.name(), user);
    return Optional.of(user);
  }

  @Override
  public synchronized Optional<DashboardUser> find(String name) {
    return key(name).map(users::get);
  }

  @Override
  public synchronized List<DashboardUser> all() {
    return List.copyOf(users.values());
  }

  @Override
  public synchronized boolean remove(String name) {
    Optional<String> key = key(name);
    if (key.isEmpty() || users.remove(key.get()) == null) {
      return false;
    }
    sessions.values().removeIf(s -> s.userName().equals(key.get()));
    return true;
  }

  @Override
  public synchronized void openSession(DashboardSession session) {
    Objects.requireNonNull(session, "session");
    sessions.values().removeIf(s -> !s.expiresAt().isAfter(session.createdAt()));
    sessions.put(session.tokenDigest(), session);
  }

  @Override
  public synchronized Optional<DashboardSession> session(String tokenDigest, Instant now) {
    return Optional.ofNullable(sessions.get(tokenDigest)).filter(s -> s.expiresAt().isAfter(now));
  }

  @Override
  public synchronized void closeSession(String tokenDigest) {
    sessions.remove(tokenDigest);
  }

  private static Optional<String> key(String name) {
    try {
      return Optional.of(DashboardUser.normalize(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
