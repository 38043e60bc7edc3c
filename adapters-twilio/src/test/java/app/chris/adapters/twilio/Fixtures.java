package app.chris.adapters.twilio;

import app.chris.testkit.twilio.TwilioWebhookSigner;
import java.util.Map;
import java.util.Optional;

/** Shared test values: our account, a public base URL and correctly (or wrongly) signed webhooks. */
final class Fixtures {
  static final String ACCOUNT = "AC00000000000000000000000000000001";
  static final String TOKEN = "test-auth-token";
  static final String CALL = "CA00000000000000000000000000000001";
  static final PublicUrls URLS = PublicUrls.of("https://chris.example.com");
  static final TwilioWebhookSigner SIGNER = new TwilioWebhookSigner(TOKEN);

  private Fixtures() {}

  static WebhookGate gate() {
    return new WebhookGate(new TwilioSignatureValidator(TOKEN, URLS), Optional.of(ACCOUNT));
  }

  /** A form POST to {@code path}, signed the way Twilio signs it (over the public URL). */
  static WebhookRequest signed(String path, Map<String, String> form) {
    String signature = SIGNER.sign(URLS.webhook(path, Optional.empty()), form);
    return WebhookRequest.of(path, form, Optional.of(signature));
  }

  static WebhookRequest signedBy(TwilioWebhookSigner signer, String url, String path, Map<String, String> form) {
    return WebhookRequest.of(path, form, Optional.of(signer.sign(url, form)));
  }
}
