package app.chris.app;

import app.chris.adapters.twilio.InMemoryStreamTokens;
import app.chris.core.port.CallHistory;
import app.chris.core.port.CallLog;
import app.chris.core.port.KnowledgeStore;
import app.chris.core.port.Outbox;
import app.chris.core.port.PropertyDirectory;
import app.chris.core.port.ServiceDesk;
import app.chris.core.port.StreamTokens;
import app.chris.core.port.TenantLedger;
import app.chris.testkit.InMemoryCallHistory;
import app.chris.testkit.InMemoryCallLog;
import app.chris.testkit.InMemoryKnowledgeStore;
import app.chris.testkit.InMemoryPortfolio;
import app.chris.testkit.InMemoryServiceDesk;
import java.time.Clock;
import java.util.Objects;

/**
 * The storage-backed ports one running Chris shares across calls (embedded H2/PostgreSQL, or fakes in tests).
 * {@code streamTokens} must be the database's when several instances share the phone line.
 */
public record Stores(
    PropertyDirectory directory,
    TenantLedger ledger,
    KnowledgeStore knowledge,
    ServiceDesk serviceDesk,
    CallLog callLog,
    Outbox outbox,
    CallHistory history,
    StreamTokens streamTokens) {

  public Stores {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(knowledge, "knowledge");
    Objects.requireNonNull(serviceDesk, "serviceDesk");
    Objects.requireNonNull(callLog, "callLog");
    Objects.requireNonNull(outbox, "outbox");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(streamTokens, "streamTokens");
  }

  /**
   * One server on its own with a small log (tests, the demo call): history read straight from {@code callLog},
   * stream tokens in memory.
   */
  public Stores(PropertyDirectory directory, TenantLedger ledger, KnowledgeStore knowledge, ServiceDesk serviceDesk,
      CallLog callLog, Outbox outbox) {
    this(directory, ledger, knowledge, serviceDesk, callLog, outbox, new InMemoryCallHistory(callLog),
        new InMemoryStreamTokens(Clock.systemUTC()));
  }

  /** The demo portfolio in memory around {@code callLog} and its outbox (demo call, load benchmark). */
  public static Stores inMemoryDemo(InMemoryCallLog callLog, Clock clock) {
    InMemoryPortfolio portfolio = InMemoryPortfolio.demo();
    return new Stores(portfolio, portfolio, new InMemoryKnowledgeStore(clock),
        new InMemoryServiceDesk(clock, callLog.outbox()), callLog, callLog.outbox());
  }
}
