package app.chris.adapters.rentmanager;

import app.chris.core.port.ServiceRequest;

/** The human-readable parts of a work order: what staff see first in Service Manager. */
final class IssueText {
  private static final int TITLE_MAX = 60;

  private IssueText() {}

  static String title(ServiceRequest r) {
    String firstLine = r.description().strip().split("\\R", 2)[0];
    String title = capitalise(r.category().strip()) + ": " + firstLine;
    return title.length() <= TITLE_MAX ? title : title.substring(0, TITLE_MAX - 3).strip() + "...";
  }

  static String description(ServiceRequest r, String marker) {
    StringBuilder text = new StringBuilder(r.description().strip()).append("\n\n")
        .append("Reported by phone to Chris (call ").append(r.callId()).append("). ")
        .append(r.permissionToEnter() ? "Permission to enter: yes." : "Permission to enter: NO, call first.");
    if (!r.addressVerified()) {
      text.append(" Address NOT verified: confirm the location with the caller.");
    }
    return text.append("\n").append(marker).toString();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
