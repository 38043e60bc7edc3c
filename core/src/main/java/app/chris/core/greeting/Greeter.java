package app.chris.core.greeting;

import app.chris.core.port.CallLog;
import app.chris.core.port.CallRecord;
import app.chris.core.port.CompanyProfile;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Speaker;
import app.chris.core.port.Tenant;
import app.chris.core.port.TenantLedger;
import app.chris.core.port.TranscriptLine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Chooses how Chris answers the phone: warm, varied, aware of the time of day in the company's zone, personal
 * ("Hi Ana!") only when the caller id belongs to exactly one resident, and never the same greeting twice in a
 * row for the same number. Thread-safe given a thread-safe {@link Random}.
 */
public final class Greeter {
  private final TenantLedger ledger;
  private final CallLog callLog;
  private final Clock clock;
  private final Random random;

  public Greeter(TenantLedger ledger, CallLog callLog, Clock clock, Random random) {
    this.ledger = ledger;
    this.callLog = callLog;
    this.clock = clock;
    this.random = random;
  }

  public String greet(CompanyProfile company, Optional<PhoneNumber> from) {
    Optional<String> firstName = from.flatMap(this::residentFirstName);
    Optional<String> previous = from.flatMap(this::previousGreeting);
    LocalTime now = clock.instant().atZone(company.timeZone()).toLocalTime();
    List<String> options = new ArrayList<>(
        GreetingLines.all(DayPart.of(now), company.name(), company.assistantName(), firstName));
    options.removeIf(o -> previous.isPresent() && o.replaceAll("\\s+", " ").equals(previous.get()));
    return options.get(random.nextInt(options.size()));
  }

  /** The greetings an unrecognised caller may hear at {@code at} (in the company's time zone). */
  public static List<String> greetingsAt(CompanyProfile company, Instant at) {
    LocalTime time = at.atZone(company.timeZone()).toLocalTime();
    return GreetingLines.all(DayPart.of(time), company.name(), company.assistantName(), Optional.empty());
  }

  /** Every greeting an unrecognised caller may hear at any time of day (for the voice's phrase cache). */
  public static List<String> everyGreeting(CompanyProfile company) {
    List<String> all = new ArrayList<>();
    for (DayPart part : DayPart.values()) {
      all.addAll(GreetingLines.all(part, company.name(), company.assistantName(), Optional.empty()));
    }
    return List.copyOf(all);
  }

  private Optional<String> residentFirstName(PhoneNumber from) {
    List<Tenant> matches = ledger.byPhone(from).stream().filter(t -> t.status().isResident()).toList();
    return matches.size() == 1 ? Optional.of(matches.get(0).firstName()) : Optional.empty();
  }

  /** The previous call's greeting: its assistant lines before the caller first spoke, sentence by sentence. */
  private Optional<String> previousGreeting(PhoneNumber from) {
    return callLog.recentFrom(from, 1).stream().findFirst().map(CallRecord::transcript).map(lines -> {
      List<String> greeting = new ArrayList<>();
      for (TranscriptLine line : lines) {
        if (line.speaker() != Speaker.ASSISTANT) {
          break;
        }
        greeting.add(line.text());
      }
      return String.join(" ", greeting);
    }).filter(g -> !g.isEmpty());
  }
}
