package app.chris.adapters.twilio;

import java.util.Objects;

/** What a webhook route should answer: a refusal (status code, no details for the caller) or TwiML (200, text/xml). */
public sealed interface WebhookReply {
  /** 403 for bad/missing signatures or a foreign account, 400 for a request without the fields we need. */
  record Refused(int status, String reason) implements WebhookReply {
    public Refused {
      Objects.requireNonNull(reason, "reason");
      if (status < 400 || status > 499) {
        throw new IllegalArgumentException("refusals are 4xx: " + status);
      }
    }
  }

  record Twiml(String xml) implements WebhookReply {
    public static final String CONTENT_TYPE = "text/xml; charset=utf-8";

    public Twiml {
      Objects.requireNonNull(xml, "xml");
    }
  }
}
