package app.chris.core.port;

/** Why a port call failed, independent of the vendor; decides whether a retry or a failover makes sense. */
public enum FailureKind {
  AUTHENTICATION(false),
  RATE_LIMITED(true),
  QUOTA(false),
  UNAVAILABLE(true),
  TIMEOUT(true),
  INVALID_REQUEST(false),
  UNKNOWN(true),
  /** Nothing is configured to serve this port (e.g. email without SendGrid): nothing was sent or tried. */
  NOT_CONFIGURED(false);

  private final boolean retryable;

  FailureKind(boolean retryable) {
    this.retryable = retryable;
  }

  /** True when the same request may succeed if sent again later. */
  public boolean retryable() {
    return retryable;
  }
}
