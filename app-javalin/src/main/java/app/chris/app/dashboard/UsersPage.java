package app.chris.app.dashboard;

import app.chris.core.port.DashboardRole;
import app.chris.core.port.DashboardUser;
import java.time.ZoneId;
import java.util.List;

/** The users page: accounts with role and who created them, and the form to add one. */
final class UsersPage {
  private UsersPage() {}

  static String render(List<DashboardUser> users, String me, String csrf, String notice, ZoneId zone) {
    StringBuilder out = new StringBuilder("<div class=\"head\"><h1>Users</h1></div>").append(notice)
        .append("<p class=\"lede\">Admins change knowledge, the portfolio and users and run test calls; viewers see "
            + "everything but change nothing. Anyone with the ADMIN_TOKEN can also sign in as <b>admin</b>.</p>")
        .append("<form method=\"post\" action=\"/dashboard/users\" class=\"card form-row\" id=\"add-user\">")
        .append(Html.csrfField(csrf))
        .append("<label>User name<input name=\"name\" required maxlength=\"64\" autocomplete=\"off\"></label>")
        .append("<label>Password<input name=\"password\" type=\"password\" required minlength=\"")
        .append(UserRoutes.MIN_PASSWORD).append("\" autocomplete=\"new-password\"></label>")
        .append("<label>Role<select name=\"role\"><option value=\"viewer\">Viewer</option><option value=\"admin\">")
        .append("Admin</option></select></label><button type=\"submit\" class=\"primary\">Add user</button></form>")
        .append("<div class=\"table-wrap\"><table id=\"users\"><thead><tr><th>User</th><th>Role</th><th>Added by</th>")
        .append("<th>Added</th><th></th></tr></thead><tbody>");
    for (DashboardUser u : users) {
      out.append("<tr><td>").append(Html.esc(u.name())).append("</td><td>")
          .append(Html.badge(u.role().wire(), u.role() == DashboardRole.ADMIN ? "info" : "muted")).append("</td><td>")
          .append(Html.esc(u.createdBy())).append("</td><td>").append(Html.esc(Html.when(u.createdAt(), zone)))
          .append("</td><td>").append(u.name().equals(me) ? "<span class=\"muted\">you</span>"
              : Html.button("/dashboard/users/" + Html.url(u.name()) + "/remove", "Remove", csrf, "danger"))
          .append("</td></tr>");
    }
    return out.append("</tbody></table></div>").toString();
  }
}
