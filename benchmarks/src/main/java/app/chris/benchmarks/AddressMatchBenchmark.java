package app.chris.benchmarks;

import app.chris.core.address.AddressBook;
import app.chris.core.address.AddressMatch;
import app.chris.core.port.Property;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One address lookup over a 10,000-unit portfolio: exact, near-miss (slipped number), and no-match lines. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AddressMatchBenchmark {
  private AddressBook book;
  private String exact;
  private String spokenExact;
  private String nearMiss;
  private String noMatch;

  @Setup
  public void setUp() {
    List<Property> properties = BenchmarkPortfolio.properties(1_000, 10);
    book = AddressBook.of(properties);
    exact = "Hi, this is Ben. I'm at 3600 Maple Ln, unit 2B, and the heater isn't working.";
    spokenExact = "I live at thirty six hundred maple lane apartment two b";
    nearMiss = "I'm at 3609 Maple Lane unit 2B, the sink is leaking";
    noMatch = "Hi, I smell gas in my hallway and it's really strong, what should I do?";
    expect(exact, AddressMatch.Exact.class);
    expect(spokenExact, AddressMatch.Exact.class);
    expect(nearMiss, AddressMatch.Candidates.class);
    expect(noMatch, AddressMatch.NoMatch.class);
  }

  /** Guards against benchmarking the wrong path after a portfolio or matcher change. */
  private void expect(String said, Class<? extends AddressMatch> outcome) {
    AddressMatch match = book.match(said);
    if (!outcome.isInstance(match)) {
      throw new IllegalStateException(said + " gave " + match);
    }
  }

  @Benchmark
  public AddressMatch exactAddressInASentence() {
    return book.match(exact);
  }

  @Benchmark
  public AddressMatch spokenNumbersAndUnit() {
    return book.match(spokenExact);
  }

  @Benchmark
  public AddressMatch nearMissNumber() {
    return book.match(nearMiss);
  }

  @Benchmark
  public AddressMatch noAddress() {
    return book.match(noMatch);
  }
}
