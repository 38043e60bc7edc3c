package app.chris.benchmarks;

import app.chris.core.dialogue.AddressBooks;
import app.chris.core.dialogue.AnswerCache;
import app.chris.core.dialogue.CallContext;
import app.chris.core.dialogue.DialogueServices;
import app.chris.core.dialogue.DisclosureGuard;
import app.chris.core.port.CallId;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Portfolio;
import app.chris.core.port.Property;
import app.chris.core.port.Tenant;
import app.chris.core.port.TenantStatus;
import app.chris.core.port.Unit;
import app.chris.testkit.InMemoryKnowledgeStore;
import app.chris.testkit.InMemoryOutbox;
import app.chris.testkit.InMemoryPortfolio;
import app.chris.testkit.InMemoryServiceDesk;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The disclosure guard on one sentence of a reply, as every sentence Chris says passes it: a caller who is no
 * tenant, ten questions into the call (the load bench's), a sentence with an amount and no name. The guard reads
 * every tenant of the ledger per sentence, so it is measured at the demo's size and at 10,000 tenants.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DisclosureGuardBenchmark {
  private static final String[] FIRST = {"Ana", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines",
      "Jonas"};
  private static final String[] LAST = {"Lopez", "Meyer", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi",
      "Silva", "Tanaka", "Usman"};

  @Param({"10", "10000"})
  public int tenants;

  private DisclosureGuard guard;
  private String sentence;

  @Setup
  public void setUp() {
    Clock clock = Clock.systemUTC();
    List<Property> properties = BenchmarkPortfolio.properties(1_000, 10);
    InMemoryPortfolio demo = InMemoryPortfolio.demo();
    InMemoryPortfolio portfolio = new InMemoryPortfolio(new Portfolio(demo.company(), demo.admins(), properties,
        tenants(properties, tenants), Map.of()));
    InMemoryOutbox outbox = new InMemoryOutbox(clock);
    DialogueServices services = new DialogueServices(portfolio, portfolio, new InMemoryKnowledgeStore(clock),
        new InMemoryServiceDesk(clock, outbox), outbox, clock, 3, new AddressBooks(portfolio),
        new AnswerCache(portfolio, new InMemoryKnowledgeStore(clock)));
    String callerWords = String.join(" ", CallTurnBenchmark.QUESTIONS) + " " + String.join(" ",
        CallTurnBenchmark.QUESTIONS);
    guard = new DisclosureGuard(services, new CallContext(new CallId("c_guard"),
        Optional.of(new PhoneNumber("+16305552000"))), () -> callerWords);
    sentence = "The two bedroom at 3600 Maple Ln is $1,000 a month.";
    if (!guard.apply(sentence).equals(Optional.of(sentence))) {
      throw new IllegalStateException("the guard changed a harmless sentence");
    }
  }

  @Benchmark
  public Optional<String> sentence() {
    return guard.apply(sentence);
  }

  private static List<Tenant> tenants(List<Property> properties, int count) {
    List<Tenant> out = new ArrayList<>();
    List<Unit> units = properties.stream().flatMap(p -> p.units().stream()).toList();
    for (int i = 0; i < count; i++) {
      out.add(new Tenant("T" + i, FIRST[i % FIRST.length] + i / 100, LAST[i / FIRST.length % LAST.length],
          units.get(i % units.size()).id(), List.of(new PhoneNumber(String.format("+1312%07d", i))),
          Optional.empty(), TenantStatus.CURRENT));
    }
    return out;
  }
}
