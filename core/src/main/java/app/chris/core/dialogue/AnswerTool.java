package app.chris.core.dialogue;

import app.chris.core.port.Intent;
import app.chris.core.port.Outcome;
import app.chris.core.port.ToolCall;
import app.chris.core.port.Unit;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * answer_question: general questions from the portfolio and the knowledge base. "How much is that one?" refers
 * to the units just offered. Unknown questions are never guessed: the office follows up (an open question).
 */
final class AnswerTool implements Tool {
  private static final Pattern PRICE = Pattern.compile("\\b(rent|price|cost|how much|per month|a month)\\b");
  private final Desk desk;
  private final KnowledgeAnswers answers;

  AnswerTool(Desk desk, KnowledgeAnswers answers) {
    this.desk = desk;
    this.answers = answers;
  }

  @Override
  public ToolReply run(ToolCall call) {
    String question = call.argument(Tools.Args.QUESTION).orElseThrow();
    desk.ctx.intents.add(desk.ctx.offered.isEmpty() ? Intent.PROPERTY_QUESTION : Intent.PROSPECT);
    desk.ctx.outcomes.add(Outcome.INFO);
    if (!desk.ctx.offered.isEmpty() && PRICE.matcher(question.toLowerCase(Locale.ROOT)).find()) {
      StringBuilder text = new StringBuilder();
      for (Unit u : desk.ctx.offered) {
        text.append(text.length() == 0 ? "" : " ").append(Availability.describe(desk.services, u, true)).append('.');
      }
      String said = Spoken.capitalise(text.toString());
      return ToolReply.ok("answered").put(Tools.ANSWER, said).put(Tools.SOURCE, "availability").say(said);
    }
    Answer answer = answers.answer(question);
    if (answer.text().isPresent()) {
      return ToolReply.ok("answered").put(Tools.ANSWER, answer.text().get()).put(Tools.SOURCE, answer.source())
          .say(answer.text().get());
    }
    desk.act("open_question", true, question);
    desk.ctx.outcomes.add(Outcome.MESSAGE);
    return ToolReply.ok("unknown").put(Tools.SOURCE, "none")
        .say("I don't have that information, I'll have the office follow up with you.");
  }
}
