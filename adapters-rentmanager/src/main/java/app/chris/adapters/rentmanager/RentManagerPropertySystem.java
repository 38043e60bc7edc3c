package app.chris.adapters.rentmanager;

import app.chris.adapters.rentmanager.WriteJson.IssueJson;
import app.chris.adapters.rentmanager.WriteJson.PropertyLink;
import app.chris.adapters.rentmanager.WriteJson.TenantLink;
import app.chris.adapters.rentmanager.WriteJson.UnitLink;
import app.chris.core.port.Effect;
import app.chris.core.port.FailureKind;
import app.chris.core.port.Lead;
import app.chris.core.port.PortException;
import app.chris.core.port.PropertySystem;
import app.chris.core.port.ServiceRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Write-back to Rent Manager: work orders ({@code POST /ServiceManagerIssues}), call notes ({@code POST
 * /Tenants/HistoryNotes}) and prospects ({@code POST /Prospects}, {@code /Contacts}). Idempotent per key: the key
 * is written into the record as a marker, and every attempt looks for it before posting, so a reply lost after
 * Rent Manager saved the record never yields a second one. Thread-safe; blocking (outbox worker only).
 */
public final class RentManagerPropertySystem implements PropertySystem {
  static final String ISSUES = "/ServiceManagerIssues";

  private final RentManagerClient client;
  private final Lookups lookups;
  private final Attempts attempts;
  private final Clock clock;
  private final ZoneId zone;

  public RentManagerPropertySystem(RentManagerClient client, Clock clock, ZoneId zone, RetryPolicy retry) {
    this.client = Objects.requireNonNull(client, "client");
    this.lookups = new Lookups(client);
    this.attempts = new Attempts(Objects.requireNonNull(retry, "retry"));
    this.clock = Objects.requireNonNull(clock, "clock");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  @Override
  public String createWorkOrder(ServiceRequest request, String idempotencyKey) {
    String marker = Markers.of(idempotencyKey);
    return attempts.run(() -> findIssue(marker).orElseGet(() -> postIssue(request, marker)));
  }

  @Override
  public void addCallNote(Effect.CallNote note, String idempotencyKey) {
    new HistoryNotes(client, lookups, clock, zone).add(note, Markers.of(idempotencyKey), attempts);
  }

  @Override
  public void createProspect(Lead lead, String idempotencyKey) {
    new Prospects(client).create(lead, Markers.of(idempotencyKey), attempts);
  }

  private Optional<String> findIssue(String marker) {
    RentManagerQuery query = new RentManagerQuery(List.of("ServiceManagerIssueID", "Description"), List.of(),
        List.of()).filter("Description", "ct", marker);
    return client.list(ISSUES, query).stream()
        .filter(n -> n.path("Description").asText("").contains(marker)) // do not trust a loose server match
        .map(n -> n.path("ServiceManagerIssueID")).filter(JsonNode::canConvertToLong)
        .map(JsonNode::asLong).min(Long::compare).map(String::valueOf);
  }

  private String postIssue(ServiceRequest request, String marker) {
    List<JsonNode> saved = client.post(ISSUES, List.of(issue(request, marker)));
    return saved.stream().map(n -> n.path("ServiceManagerIssueID")).filter(JsonNode::canConvertToLong)
        .map(JsonNode::asText).findFirst()
        // A save without the id in the reply is still a save: find it by its marker instead of posting again.
        .or(() -> findIssue(marker))
        .orElseThrow(() -> new PortException(FailureKind.UNKNOWN, "Rent Manager saved no work order"));
  }

  private IssueJson issue(ServiceRequest r, String marker) {
    RentManagerSettings.IssueNames names = client.settings().issueNames();
    long category = IssueCategories.resolve(lookups, names, r.category());
    long priority = lookups.require("/ServiceManagerPriorities", "ServiceManagerPriorityID",
        names.priorities().get(r.priority()));
    long status = lookups.require("/ServiceManagerStatuses", "ServiceManagerStatusID", names.newStatus());
    String opened = LocalDateTime.ofInstant(r.createdAt(), zone).truncatedTo(ChronoUnit.SECONDS).toString();
    return new IssueJson(IssueText.title(r), IssueText.description(r, marker), category, priority, status, opened,
        true, r.permissionToEnter(), links(r.tenantId(), 'T', TenantLink::new),
        links(r.unitId(), 'U', UnitLink::new), links(r.propertyId(), 'P', PropertyLink::new));
  }

  private static <T> List<T> links(Optional<String> id, char kind, java.util.function.LongFunction<T> link) {
    return id.flatMap(i -> Markers.number(i, kind)).map(n -> List.of(link.apply(n))).orElse(List.of());
  }
}
