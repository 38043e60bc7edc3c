package app.chris.app;

/** Chris cannot start as configured (unreadable or invalid portfolio, bad configuration); the message says why. */
public final class StartupException extends RuntimeException {
  public StartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
