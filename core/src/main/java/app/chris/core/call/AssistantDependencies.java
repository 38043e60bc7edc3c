package app.chris.core.call;

import app.chris.core.port.CallLog;
import app.chris.core.port.KnowledgeStore;
import app.chris.core.port.Outbox;
import app.chris.core.port.PropertyDirectory;
import app.chris.core.port.ServiceDesk;
import app.chris.core.port.TenantLedger;
import app.chris.core.routing.ModelLineup;
import java.time.Clock;
import java.util.Objects;

/** The ports a {@link VoiceAssistant} works through; built once by the host and shared by every call. */
public record AssistantDependencies(
    PropertyDirectory directory,
    TenantLedger ledger,
    KnowledgeStore knowledge,
    ServiceDesk serviceDesk,
    CallLog callLog,
    Outbox outbox,
    ModelLineup models,
    Clock clock) {

  public AssistantDependencies {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(knowledge, "knowledge");
    Objects.requireNonNull(serviceDesk, "serviceDesk");
    Objects.requireNonNull(callLog, "callLog");
    Objects.requireNonNull(outbox, "outbox");
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(clock, "clock");
  }
}
