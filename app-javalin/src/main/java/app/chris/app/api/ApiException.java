package app.chris.app.api;

import java.util.Objects;

/** A request the API refuses: HTTP status, machine code and one sentence for a person (the JSON error body). */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String code;

  public ApiException(int status, String code, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.status = status;
    this.code = Objects.requireNonNull(code, "code");
  }

  public static ApiException badRequest(String code, String message) {
    return new ApiException(400, code, message);
  }

  public static ApiException notFound(String code, String message) {
    return new ApiException(404, code, message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
