package app.chris.app.dashboard;

/** A dashboard request refused or failed: rendered as a small HTML page with this status and message. */
final class DashboardException extends RuntimeException {
  private final int status;

  DashboardException(int status, String message) {
    super(message);
    this.status = status;
  }

  static DashboardException forbidden(String message) {
    return new DashboardException(403, message);
  }

  static DashboardException notFound(String message) {
    return new DashboardException(404, message);
  }

  int status() {
    return status;
  }
}
