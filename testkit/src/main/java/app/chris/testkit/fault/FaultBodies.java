package app.chris.testkit.fault;

import java.time.Duration;

/** The bytes and headers a fault puts on the wire, shared by both transports. */
final class FaultBodies {
  /** Starts like JSON and like an event stream, then stops: no parser can finish it. */
  static final String MALFORMED = "{\"id\":\"fault\",\"choices\":[{\"delta\":{\"content\":";

  private FaultBodies() {}

  static String error(String type, String message) {
    return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"code\":\"" + type + "\"},"
        + "\"errors\":[{\"message\":\"" + message + "\",\"field\":null,\"help\":null}],"
        + "\"detail\":{\"status\":\"" + type + "\",\"message\":\"" + message + "\"}}";
  }

  static String retryAfterSeconds(Duration wait) {
    return Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000));
  }

  static String resetEpochSeconds(Duration wait) {
    return Long.toString((System.currentTimeMillis() + wait.toMillis()) / 1000);
  }

  static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
