package app.chris.core.port;

/**
 * How far the core has verified who is calling. Only {@link #VERIFIED} unlocks account data. A caller-id match
 * is a second factor, never verification by itself.
 */
public enum IdentityStatus {
  UNKNOWN,
  CALLER_ID_MATCH,
  VERIFIED,
  FAILED,
  LOCKED
}
