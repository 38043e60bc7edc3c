package app.chris.core.dialogue;

import app.chris.core.address.AddressBook;
import app.chris.core.port.KnowledgeStore;
import app.chris.core.port.Outbox;
import app.chris.core.port.PropertyDirectory;
import app.chris.core.port.ServiceDesk;
import app.chris.core.port.TenantLedger;
import java.time.Clock;
import java.util.Objects;

/**
 * The shared, thread-safe things every call's tools work with: ports, the address book (rebuilt when the
 * portfolio changes) and the answer cache. Built once per {@code VoiceAssistant}.
 */
public record DialogueServices(
    PropertyDirectory directory,
    TenantLedger ledger,
    KnowledgeStore knowledge,
    ServiceDesk serviceDesk,
    Outbox outbox,
    Clock clock,
    int maxVerificationAttempts,
    AddressBooks addressBooks,
    AnswerCache answers) {

  public DialogueServices {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(knowledge, "knowledge");
    Objects.requireNonNull(serviceDesk, "serviceDesk");
    Objects.requireNonNull(outbox, "outbox");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(addressBooks, "addressBooks");
    Objects.requireNonNull(answers, "answers");
  }

  AddressBook addressBook() {
    return addressBooks.current();
  }
}
