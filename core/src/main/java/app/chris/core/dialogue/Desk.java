package app.chris.core.dialogue;

import app.chris.core.port.Effect;
import app.chris.core.port.Notice;
import app.chris.core.port.OutboxMessage;
import app.chris.core.port.PendingConfirmation.Kind;
import java.time.Instant;
import java.util.Optional;

/** What every tool of one call shares: the services, the call's context and its phrase picker. */
final class Desk {
  final DialogueServices services;
  final CallContext ctx;
  final Phrases phrases;

  Desk(DialogueServices services, CallContext ctx, Phrases phrases) {
    this.services = services;
    this.ctx = ctx;
    this.phrases = phrases;
  }

  Instant now() {
    return services.clock().instant();
  }

  void act(String kind, boolean ok, String detail) {
    ctx.record(kind, ok, detail, now());
  }

  /** An urgent email to the office now (not at hang-up): emergencies, complaints, PIN lockouts. No PII in subject. */
  void alert(String subject, String body) {
    var to = services.directory().company().notificationEmails();
    if (to.isEmpty()) {
      return;
    }
    Notice.UrgentAlert alert = new Notice.UrgentAlert(to, subject, body, Optional.of(ctx.id));
    services.outbox().enqueue(new OutboxMessage(ctx.key("alert"), Optional.of(ctx.id), new Effect.Email(alert)));
  }

  /** Ends a finished step with "anything else?" (a "no" to it ends the call warmly). */
  ToolReply anythingElse(ToolReply reply) {
    String question = phrases.pick(FixedReplies.ANYTHING_ELSE);
    ctx.ask(Kind.ANYTHING_ELSE, question);
    return reply.pending(Kind.ANYTHING_ELSE).say(question);
  }
}
