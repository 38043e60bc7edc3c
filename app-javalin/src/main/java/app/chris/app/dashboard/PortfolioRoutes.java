package app.chris.app.dashboard;

import app.chris.adapters.jdbi.PortfolioFormatException;
import app.chris.adapters.jdbi.PortfolioJson;
import app.chris.app.Stores;
import app.chris.core.port.Portfolio;
import app.chris.core.port.PortException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /dashboard/portfolio}: the company, properties, units and tenants (signed-in users only: tenants are
 * personal data), and the upload of a portfolio file. A file that breaks {@code chris-portfolio/1} is refused
 * whole, naming the first bad field, and nothing changes.
 */
final class PortfolioRoutes {
  static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(PortfolioRoutes.class);

  private final Frame frame;
  private final Stores stores;
  private final Consumer<Portfolio> importer;

  PortfolioRoutes(Frame frame, Stores stores, Consumer<Portfolio> importer) {
    this.frame = frame;
    this.stores = stores;
    this.importer = importer;
  }

  void register(RoutesConfig routes) {
    routes.get("/dashboard/portfolio", ctx -> show(ctx, Notices.of(ctx)));
    routes.post("/dashboard/portfolio", this::upload);
  }

  private void show(Context ctx, String notice) {
    PortfolioPage page = new PortfolioPage(stores, Frame.isAdmin(ctx), Frame.csrf(ctx));
    frame.render(ctx, "Portfolio", "portfolio", page.render(notice, Optional.ofNullable(ctx.queryParam("q"))));
  }

  private void upload(Context ctx) {
    UploadedFile file = ctx.uploadedFile("portfolio");
    Optional<String> refused = file == null ? Optional.of("Choose a portfolio file (chris-portfolio/1 JSON) first.")
        : file.size() > MAX_UPLOAD_BYTES ? Optional.of("Refused: the file is larger than 5 MB.")
        : importFile(ctx, text(file));
    if (refused.isPresent()) {
      ctx.status(422);
      show(ctx, "<p class=\"alert bad\" role=\"alert\" id=\"upload-error\">" + Html.esc(refused.get()) + "</p>");
      return;
    }
    ctx.redirect("/dashboard/portfolio?notice=imported", HttpStatus.SEE_OTHER);
  }

  /** Imports the file; answers why it was refused (nothing changed then), or empty when it was imported. */
  private Optional<String> importFile(Context ctx, String json) {
    String refused = "Refused, nothing was imported: ";
    try {
      Portfolio portfolio = PortfolioJson.read(json);
      importer.accept(portfolio);
      LOG.info("Portfolio of {} imported from the dashboard by {}", portfolio.company().name(), Frame.user(ctx));
      return Optional.empty();
    } catch (PortfolioFormatException e) {
      return Optional.of(refused + (e.pointer().isEmpty() ? "" : "at " + e.pointer() + ": ") + e.getMessage());
    } catch (IllegalStateException | PortException e) {
      return Optional.of(refused + e.getMessage());
    }
  }

  private static String text(UploadedFile file) {
    try {
      return new String(file.content().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DashboardException(400, "The upload could not be read; try again.");
    }
  }
}
