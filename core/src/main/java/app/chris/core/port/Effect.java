package app.chris.core.port;

import java.util.Objects;
import java.util.Optional;

/** A side effect that leaves the process after (or during) a call, delivered by the outbox worker. */
public sealed interface Effect permits Effect.Email, Effect.WorkOrder, Effect.CallNote, Effect.ProspectLead {

  /** An email to staff. */
  record Email(Notice notice) implements Effect {
    public Email {
      Objects.requireNonNull(notice, "notice");
    }
  }

  /** Write a filed service request to the property system as a work order. */
  record WorkOrder(ServiceRequest request) implements Effect {
    public WorkOrder {
      Objects.requireNonNull(request, "request");
    }
  }

  /** A history note on the tenant (or the call) in the property system. */
  record CallNote(CallId callId, Optional<String> tenantId, String note) implements Effect {
    public CallNote {
      Objects.requireNonNull(callId, "callId");
      Objects.requireNonNull(tenantId, "tenantId");
      Objects.requireNonNull(note, "note");
    }
  }

  /** Create a prospect in the property system. */
  record ProspectLead(Lead lead) implements Effect {
    public ProspectLead {
      Objects.requireNonNull(lead, "lead");
    }
  }
}
