package app.chris.adapters.sendgrid;

import app.chris.adapters.sendgrid.RenderedMail.Section;
import app.chris.core.port.CallId;
import app.chris.core.port.FailureKind;
import app.chris.core.port.Notice;
import app.chris.core.port.PortException;
import com.sendgrid.helpers.mail.Mail;
import com.sendgrid.helpers.mail.objects.Content;
import com.sendgrid.helpers.mail.objects.Email;
import com.sendgrid.helpers.mail.objects.Personalization;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link Notice} into a v3 Mail Send body. The idempotency key rides in {@code custom_args} (seen in
 * SendGrid's event webhook) and in a mail header (seen by recipients' filters), since SendGrid has no
 * idempotency key of its own.
 */
final class MailComposer {
  static final String KEY_HEADER = "X-Chris-Idempotency-Key";
  static final String KEY_ARG = "idempotency_key";
  static final String CALL_ARG = "call_id";

  private final String from;

  MailComposer(String from) {
    this.from = from;
  }

  String compose(Notice notice, String idempotencyKey) {
    Set<String> recipients = recipients(notice);
    RenderedMail rendered = render(notice);
    Mail mail = new Mail();
    mail.setFrom(new Email(from, senderName(notice)));
    mail.setSubject(rendered.subject());
    Personalization to = new Personalization();
    recipients.forEach(address -> to.addTo(new Email(address)));
    mail.addPersonalization(to);
    // SendGrid rejects text/html before text/plain (RFC 1341), and the helper keeps insertion order.
    mail.addContent(new Content("text/plain", rendered.text()));
    mail.addContent(new Content("text/html", rendered.html()));
    mail.addCategory(rendered.category());
    mail.addCustomArg(KEY_ARG, idempotencyKey);
    callId(notice).ifPresent(id -> mail.addCustomArg(CALL_ARG, id.value()));
    mail.addHeader(KEY_HEADER, idempotencyKey);
    try {
      return mail.build();
    } catch (IOException e) {
      throw new PortException(FailureKind.INVALID_REQUEST, "could not encode the mail body", e);
    }
  }

  static RenderedMail render(Notice notice) {
    if (notice instanceof Notice.CallTranscript transcript) {
      return TranscriptMail.render(transcript);
    }
    if (notice instanceof Notice.UrgentAlert alert) {
      List<String> lines = new ArrayList<>(List.of(alert.body().split("\\R", -1)));
      alert.callId().ifPresent(id -> lines.add("Call: " + id));
      return new RenderedMail("URGENT: " + RenderedMail.safeSubject(alert.subject()), "urgent-alert",
          List.of(new Section("", lines)));
    }
    throw new IllegalStateException("unhandled notice " + notice.getClass().getName());
  }

  /** SendGrid answers 400 to an empty list or a repeated address, so both are settled here. */
  private static Set<String> recipients(Notice notice) {
    Set<String> seen = new LinkedHashSet<>();
    Set<String> unique = new LinkedHashSet<>();
    for (String address : notice.to()) {
      String trimmed = address.strip();
      if (!trimmed.isEmpty() && seen.add(trimmed.toLowerCase(Locale.ROOT))) {
        unique.add(trimmed);
      }
    }
    if (unique.isEmpty()) {
      throw new PortException(FailureKind.INVALID_REQUEST, "notice has no recipients");
    }
    return unique;
  }

  /** SendGrid refuses ';' and ',' in display names. */
  private static String senderName(Notice notice) {
    String name = notice instanceof Notice.CallTranscript t ? "Chris (" + t.companyName() + ")" : "Chris";
    return RenderedMail.oneLine(name).replaceAll("[;,\"]", " ");
  }

  private static Optional<CallId> callId(Notice notice) {
    if (notice instanceof Notice.CallTranscript transcript) {
      return Optional.of(transcript.call().id());
    }
    return ((Notice.UrgentAlert) notice).callId();
  }
}
