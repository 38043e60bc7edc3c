package app.chris.core.port;

import java.util.Locale;

/** What a dashboard user may do: admins change things (knowledge, portfolio, users), viewers only look. */
public enum DashboardRole {
  ADMIN,
  VIEWER;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
