package app.chris.core.port;

import java.util.Locale;

/** Who said a transcript line. */
public enum Speaker {
  CALLER,
  ASSISTANT;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
