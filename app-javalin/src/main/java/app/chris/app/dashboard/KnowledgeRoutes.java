package app.chris.app.dashboard;

import app.chris.app.Stores;
import app.chris.core.port.CallAction;
import app.chris.core.port.CallRecord;
import app.chris.core.port.KnowledgeSource;
import app.chris.core.port.NewKnowledgeFact;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /dashboard/knowledge}: what Chris knows (portfolio facts and taught facts with who taught each, when and
 * on which call) and the questions it could not answer; admins add, correct and deactivate taught facts. Every
 * change is made in the signed-in user's name, so the audit trail says who.
 */
final class KnowledgeRoutes {
  static final int MAX_FACT = 1000;
  static final int QUESTION_CALLS = 100;

  private final Frame frame;
  private final Stores stores;

  KnowledgeRoutes(Frame frame, Stores stores) {
    this.frame = frame;
    this.stores = stores;
  }

  void register(RoutesConfig routes) {
    routes.get("/dashboard/knowledge", this::show);
    routes.post("/dashboard/knowledge", this::add);
    routes.post("/dashboard/knowledge/{factId}/correct", this::correct);
    routes.post("/dashboard/knowledge/{factId}/retire", this::retire);
  }

  private void show(Context ctx) {
    KnowledgePage page = new KnowledgePage(stores.directory(), frame.zone(), Frame.isAdmin(ctx), Frame.csrf(ctx));
    frame.render(ctx, "Knowledge", "knowledge", page.render(stores.knowledge().all(), openQuestions(),
        Notices.of(ctx)));
  }

  private void add(Context ctx) {
    String text = factText(ctx);
    Optional<String> property = Optional.ofNullable(ctx.formParam("propertyId")).filter(p -> !p.isBlank());
    if (property.isPresent() && stores.directory().property(property.get()).isEmpty()) {
      throw new DashboardException(400, "There is no property " + property.get() + ".");
    }
    stores.knowledge().add(new NewKnowledgeFact(property, text, KnowledgeSource.DASHBOARD, Frame.user(ctx),
        Optional.empty()));
    ctx.redirect("/dashboard/knowledge?notice=added", HttpStatus.SEE_OTHER);
  }

  private void correct(Context ctx) {
    String text = factText(ctx);
    stores.knowledge().correct(ctx.pathParam("factId"), text, Frame.user(ctx), Optional.empty())
        .orElseThrow(() -> DashboardException.notFound("There is no fact " + ctx.pathParam("factId") + "."));
    ctx.redirect("/dashboard/knowledge?notice=corrected", HttpStatus.SEE_OTHER);
  }

  private void retire(Context ctx) {
    stores.knowledge().retire(ctx.pathParam("factId"), Frame.user(ctx))
        .orElseThrow(() -> DashboardException.notFound("There is no fact " + ctx.pathParam("factId") + "."));
    ctx.redirect("/dashboard/knowledge?notice=retired", HttpStatus.SEE_OTHER);
  }

  private static String factText(Context ctx) {
    String text = Optional.ofNullable(ctx.formParam("text")).map(String::strip).orElse("");
    if (text.isEmpty()) {
      throw new DashboardException(400, "Write the fact Chris should know.");
    }
    if (text.length() > MAX_FACT) {
      throw new DashboardException(400, "A fact is at most " + MAX_FACT + " characters; split it up.");
    }
    return text;
  }

  /** Questions Chris recorded for the office on recent calls ("open_question" actions), newest first. */
  private List<KnowledgePage.Question> openQuestions() {
    List<KnowledgePage.Question> out = new ArrayList<>();
    for (CallRecord call : stores.callLog().recent(QUESTION_CALLS)) {
      for (CallAction action : call.actions()) {
        if (action.kind().equals("open_question") && !action.detail().isBlank()) {
          out.add(new KnowledgePage.Question(action.detail(), call.id(), action.at()));
        }
      }
    }
    return out;
  }
}
