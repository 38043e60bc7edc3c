package app.chris.core.port;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A message for staff. Sealed: the transcript of a finished call, or an urgent alert. */
public sealed interface Notice permits Notice.CallTranscript, Notice.UrgentAlert {

  List<String> to();

  /** The transcript email after a call: summary first, then the transcript and the requests filed. */
  record CallTranscript(List<String> to, String companyName, CallRecord call, List<ServiceRequest> requests)
      implements Notice {
    public CallTranscript {
      to = List.copyOf(to);
      Objects.requireNonNull(companyName, "companyName");
      Objects.requireNonNull(call, "call");
      requests = List.copyOf(requests);
    }
  }

  /** Emergencies, complaints, failed on-call escalations, wrong admin PINs. No balances or PII in the subject. */
  record UrgentAlert(List<String> to, String subject, String body, Optional<CallId> callId) implements Notice {
    public UrgentAlert {
      to = List.copyOf(to);
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(callId, "callId");
    }
  }
}
