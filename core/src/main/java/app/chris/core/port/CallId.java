package app.chris.core.port;

import java.util.Objects;

/** Identifies one call (phone or test) across the whole system; rendered as {@code c_...}. */
public record CallId(String value) {
  public CallId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank() || value.length() > 64) {
      throw new IllegalArgumentException("call id must be 1-64 characters");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
