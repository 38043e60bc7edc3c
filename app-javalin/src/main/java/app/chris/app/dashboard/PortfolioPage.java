package app.chris.app.dashboard;

import app.chris.app.Stores;
import app.chris.core.port.Admin;
import app.chris.core.port.CompanyProfile;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Property;
import app.chris.core.port.Unit;
import java.util.Optional;
import java.util.stream.Collectors;

/** Renders the portfolio page: company, admins, properties with their units, tenants, and the upload form. */
final class PortfolioPage {
  private final Stores stores;
  private final boolean admin;
  private final String csrf;

  PortfolioPage(Stores stores, boolean admin, String csrf) {
    this.stores = stores;
    this.admin = admin;
    this.csrf = csrf;
  }

  String render(String notice, Optional<String> tenantQuery) {
    CompanyProfile company = stores.directory().company();
    StringBuilder out = new StringBuilder("<div class=\"head\"><h1>Portfolio</h1></div>").append(notice);
    if (admin) {
      out.append("<form method=\"post\" action=\"/dashboard/portfolio\" enctype=\"multipart/form-data\" "
          + "class=\"card form-row\" id=\"upload\">").append(Html.csrfField(csrf))
          .append("<label class=\"grow\">Replace with a portfolio file (chris-portfolio/1 JSON)<input type=\"file\" "
              + "name=\"portfolio\" accept=\".json,application/json\" required></label>"
              + "<button type=\"submit\" class=\"primary\">Upload</button><p class=\"hint\">A file with any error is "
              + "refused whole and nothing changes. Calls, service requests and taught knowledge stay.</p></form>");
    }
    out.append("<div class=\"cards\"><section class=\"card\"><h3>").append(Html.esc(company.name())).append("</h3>")
        .append("<dl><dt>Assistant</dt><dd>").append(Html.esc(company.assistantName()))
        .append("</dd><dt>Office</dt><dd>")
        .append(Html.esc(company.officePhone().map(PhoneNumber::e164).orElse("none"))).append("</dd><dt>Time zone</dt>")
        .append("<dd>").append(Html.esc(company.timeZone().getId())).append("</dd><dt>On call</dt><dd>")
        .append(Html.esc(company.emergencyContacts().stream().map(c -> c.name() + " " + c.phone().e164())
            .collect(Collectors.joining(", ")))).append("</dd></dl></section>")
        .append("<section class=\"card\"><h3>Admins (may teach Chris by phone)</h3><ul>");
    for (Admin a : stores.directory().admins()) {
      out.append("<li>").append(Html.esc(a.name())).append(" <span class=\"muted\">")
          .append(Html.esc(a.phone().e164())).append(" · PIN on file</span></li>");
    }
    out.append("</ul></section></div>").append(properties());
    return out.append(PortfolioTenants.render(stores, tenantQuery)).toString();
  }

  private String properties() {
    StringBuilder out = new StringBuilder("<h2>Properties</h2><div class=\"table-wrap\"><table><thead><tr><th>Id</th>"
        + "<th>Property</th><th>Address</th><th>Units</th><th>Vacant</th><th>Amenities</th></tr></thead><tbody>");
    for (Property p : stores.directory().properties()) {
      long vacant = p.units().stream().filter(Unit::vacant).count();
      out.append("<tr><td>").append(Html.esc(p.id())).append("</td><td><details><summary>").append(Html.esc(p.name()))
          .append("</summary>").append(units(p)).append("</details></td><td>").append(Html.esc(address(p)))
          .append("</td><td class=\"num\">").append(p.units().size()).append("</td><td class=\"num\">").append(vacant)
          .append("</td><td>").append(Html.esc(String.join(", ", p.amenities()))).append("</td></tr>");
    }
    return out.append("</tbody></table></div>").toString();
  }

  private static String address(Property p) {
    return p.address().street() + ", " + p.address().city() + ", " + p.address().state() + " "
        + p.address().postalCode();
  }

  private static String units(Property p) {
    StringBuilder out = new StringBuilder("<table class=\"inner\"><thead><tr><th>Unit</th><th>Beds</th><th>Baths</th>"
        + "<th>Rent</th><th></th></tr></thead><tbody>");
    for (Unit u : p.units()) {
      out.append("<tr><td>").append(Html.esc(u.name() + u.street().map(s -> " (" + s + ")").orElse("")))
          .append("</td><td class=\"num\">").append(u.bedrooms()).append("</td><td class=\"num\">")
          .append(u.bathrooms()).append("</td><td class=\"num\">$").append(u.marketRent().toPlainString())
          .append("</td><td>").append(u.vacant() ? Html.badge("vacant", "ok") : "").append("</td></tr>");
    }
    return out.append("</tbody></table>").toString();
  }
}
