package app.chris.adapters.jdbi;

import java.util.Objects;

/**
 * A portfolio file that breaks {@code chris-portfolio/1}. {@link #pointer()} is the JSON pointer of the first
 * bad field (e.g. {@code /tenants/3/unitId}; empty for the whole document); the message is one sentence for a
 * person. Nothing was imported when this is thrown.
 */
public final class PortfolioFormatException extends RuntimeException {
  private final String pointer;

  public PortfolioFormatException(String pointer, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.pointer = Objects.requireNonNull(pointer, "pointer");
  }

  public String pointer() {
    return pointer;
  }
}
