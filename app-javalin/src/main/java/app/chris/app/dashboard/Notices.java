package app.chris.app.dashboard;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** The confirmation shown after a change (Post/Redirect/Get): a fixed message per code, never echoed input. */
final class Notices {
  private static final Map<String, String> MESSAGES = Map.of(
      "added", "Saved. Chris uses it from the next call on.",
      "corrected", "Corrected. The old wording is kept, deactivated, for the record.",
      "retired", "Deactivated. Chris no longer uses it.",
      "imported", "Portfolio imported. Calls from now on use it.",
      "user-added", "User added.",
      "user-removed", "User removed and signed out everywhere.");

  private Notices() {}

  static String of(Context ctx) {
    return Optional.ofNullable(ctx.queryParam("notice")).map(MESSAGES::get)
        .map(m -> "<p class=\"alert ok\" role=\"status\">" + Html.esc(m) + "</p>").orElse("");
  }
}
