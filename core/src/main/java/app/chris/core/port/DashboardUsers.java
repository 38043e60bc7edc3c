package app.chris.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Dashboard accounts and their login sessions, shared by every instance (sessions live in the store, so any
 * instance behind a load balancer recognises a login). Thread-safe; writes are durable when they return.
 */
public interface DashboardUsers {
  /** Adds an account; empty when the name is already taken. */
  Optional<DashboardUser> add(DashboardUser user);

  Optional<DashboardUser> find(String name);

  /** Every account, by name. */
  List<DashboardUser> all();

  /** Removes an account and ends its sessions; false when there is no such account. */
  boolean remove(String name);

  /** Stores a new session and forgets sessions that expired before it started. */
  void openSession(DashboardSession session);

  /** The session with this token digest, unless it has expired at {@code now}. */
  Optional<DashboardSession> session(String tokenDigest, Instant now);

  /** Ends a session (logout); unknown digests are ignored. */
  void closeSession(String tokenDigest);
}
