package app.chris.adapters.sendgrid;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.Notice;
import app.chris.core.port.Speaker;
import app.chris.core.port.TranscriptLine;
import app.chris.testkit.sendgrid.FakeSendGridServer;
import app.chris.testkit.sendgrid.ReceivedMail;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SendGridNotifierTest {
  private static final String KEY = "SG.test-key";
  private final Clock clock = Clock.fixed(Notices.START, ZoneOffset.UTC);
  private final FakeSendGridServer server = FakeSendGridServer.start(KEY);
  private final SendGridNotifier notifier = notifierWithKey(KEY);

  @AfterEach
  void stop() throws IOException {
    notifier.close();
    server.close();
  }

  @Test
  void givenTranscript_send_deliversOneMailWithTextThenHtmlAndTheIdempotencyKey() {
    notifier.send(Notices.transcript(true), "outbox-42");

    assertThat(server.received()).hasSize(1);
    ReceivedMail mail = server.received().get(0);
    assertThat(mail.to()).containsExactly("office@acme.test");
    assertThat(mail.from()).isEqualTo("chris@acme.test");
    assertThat(mail.contentTypes()).containsExactly("text/plain", "text/html");
    assertThat(mail.customArg("idempotency_key")).contains("outbox-42");
    assertThat(mail.customArg("call_id")).contains("c_leak1");
    assertThat(mail.mailHeader("X-Chris-Idempotency-Key")).contains("outbox-42");
    assertThat(mail.headers()).containsEntry("authorization", "Bearer " + KEY);
  }

  @Test
  void givenTranscript_send_putsTheSummaryFirstAndListsRequestsAndTranscript() {
    notifier.send(Notices.transcript(true), "k");

    String text = server.received().get(0).text();
    assertThat(text).startsWith("Summary\n-------\n" + Notices.SUMMARY);
    assertThat(text).contains("SR-7 [urgent] plumbing: Leak under the kitchen sink", "Permission to enter: yes",
        "15:00:05 Caller: My sink is leaking & what's my balance?", "15:00:01 Chris: Thanks for calling Acme");
    assertThat(text.indexOf("Service requests filed (1)")).isLessThan(text.indexOf("Transcript"));
  }

  @Test
  void givenBalanceDiscussedOnTheCall_send_keepsBalanceAndCallerDetailsOutOfTheSubject() {
    notifier.send(Notices.transcript(true), "k");

    String subject = server.received().get(0).subject();
    assertThat(subject).isEqualTo("Acme Property Co: Service request call - call c_leak1, 2025-03-03 15:00 UTC");
    assertThat(subject).doesNotContain("$", "1,250", "5551234567", "T-4B", "U-4B", "balance");
  }

  @Test
  void givenVerifiedCaller_send_namesTenantAndUnit() {
    notifier.send(Notices.transcript(true), "k");

    assertThat(server.received().get(0).text())
        .contains("Tenant: T-4B (identity verified)", "Unit: U-4B", "Unit: U-4B (address verified)");
  }

  @Test
  void givenUnverifiedCaller_send_leavesOutTenantAndUnit() {
    notifier.send(Notices.transcript(false), "k");

    ReceivedMail mail = server.received().get(0);
    assertThat(mail.text()).contains("Identity: not verified", "Address NOT verified")
        .doesNotContain("T-4B", "U-4B");
    assertThat(mail.html()).doesNotContain("T-4B", "U-4B");
  }

  @Test
  void givenMarkupInCallerSpeech_send_escapesItInTheHtmlPartOnly() {
    String said = "<script>alert('x')</script> & <b>\"bold\"</b>";
    notifier.send(Notices.transcript(true, List.of(new TranscriptLine(Speaker.CALLER, said, Notices.START))), "k");

    ReceivedMail mail = server.received().get(0);
    assertThat(mail.html()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
        + "&lt;b&gt;&quot;bold&quot;&lt;/b&gt;").doesNotContain("<script>", "<b>");
    assertThat(mail.text()).contains(said);
  }

  @Test
  void givenUrgentAlert_send_marksSubjectUrgentOnOneLineAndKeepsBodyLines() {
    notifier.send(Notices.alert(), "alert-1");

    ReceivedMail mail = server.received().get(0);
    assertThat(mail.subject()).isEqualTo("URGENT: Gas smell reported at 12 Oak St");
    assertThat(mail.text()).isEqualTo("Caller reports a gas smell.\nSafety instructions given.\nCall: c_leak1\n");
    assertThat(mail.html()).contains("<p style=\"margin:0 0 6px\">Safety instructions given.</p>");
    assertThat(mail.to()).containsExactly("oncall@acme.test");
  }

  @Test
  void givenAlertSubjectWithAmountAndPhone_send_masksThemInTheSubjectButKeepsTheBody() {
    Notice.UrgentAlert alert = new Notice.UrgentAlert(List.of("office@acme.test"),
        "Balance $1,250.00 disputed by +1 (555) 123-4567 at 12 Oak St", "Owes $1,250.00", Optional.empty());

    notifier.send(alert, "k");

    ReceivedMail mail = server.received().get(0);
    assertThat(mail.subject()).isEqualTo("URGENT: Balance [amount] disputed by [number] at 12 Oak St");
    assertThat(mail.text()).contains("Owes $1,250.00");
  }

  @Test
  void givenRepeatedRecipients_send_addressesEachOnce() {
    Notice.UrgentAlert alert = new Notice.UrgentAlert(List.of("a@acme.test", "A@acme.test", "b@acme.test"),
        "Complaint", "Noise", Optional.empty());

    notifier.send(alert, "k");

    assertThat(server.received().get(0).to()).containsExactly("a@acme.test", "b@acme.test");
  }

  @Test
  void givenSettings_toString_redactsTheKey() {
    SendGridSettings settings = SendGridSettings.of("SG.very-secret", "chris@acme.test");

    assertThat(settings.toString()).doesNotContain("very-secret").contains("chris@acme.test");
  }

  private SendGridNotifier notifierWithKey(String key) {
    return new SendGridNotifier(new SendGridSettings(key, "chris@acme.test", server.baseUri()), clock);
  }
}
