package app.chris.core.port;

/** Where a tenant stands with their lease; only residents (current or on notice) can be verified. */
public enum TenantStatus {
  CURRENT,
  NOTICE,
  PAST,
  FUTURE;

  public boolean isResident() {
    return this == CURRENT || this == NOTICE;
  }
}
