package app.chris.core.port;

import java.util.Locale;

/** How a call reached Chris: the phone line, or a text test call through the API or dashboard console. */
public enum Channel {
  PHONE,
  TEST;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
