package app.chris.adapters.rentmanager;

import app.chris.core.port.Effect;
import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Call notes as tenant history notes under the configured category ("Phone Call"). Rent Manager returns no id
 * for a history note, so the marker in the note text is how a retry recognises an earlier save.
 */
final class HistoryNotes {
  private final RentManagerClient client;
  private final Lookups lookups;
  private final Clock clock;
  private final ZoneId zone;

  HistoryNotes(RentManagerClient client, Lookups lookups, Clock clock, ZoneId zone) {
    this.client = client;
    this.lookups = lookups;
    this.clock = clock;
    this.zone = zone;
  }

  void add(Effect.CallNote note, String marker, Attempts attempts) {
    if (note.tenantId().isEmpty()) {
      return; // nobody to file it under in Rent Manager; the call record and transcript email keep it
    }
    long tenant = Markers.number(note.tenantId().get(), 'T').orElseThrow(() -> new PortException(
        FailureKind.INVALID_REQUEST, "not a Rent Manager tenant id: " + note.tenantId().get()));
    attempts.run(() -> {
      if (!exists(tenant, marker)) {
        client.post("/Tenants/HistoryNotes", List.of(body(tenant, note, marker)));
      }
      return Boolean.TRUE;
    });
  }

  private boolean exists(long tenant, String marker) {
    RentManagerQuery query = RentManagerQuery.NONE.filter("Note", "ct", marker);
    return client.list("/Tenants/" + tenant + "/HistoryNotes", query).stream()
        .anyMatch(n -> n.path("Note").asText("").contains(marker));
  }

  private WriteJson.HistoryNoteJson body(long tenant, Effect.CallNote note, String marker) {
    String category = client.settings().issueNames().callNoteCategory();
    Long categoryId = lookups.find("/HistoryCategories", "HistoryCategoryID", category).orElse(null);
    String when = LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.SECONDS).toString();
    String text = note.note().strip() + "\n(Call " + note.callId() + ") " + marker;
    return new WriteJson.HistoryNoteJson(tenant, when, text, categoryId);
  }
}
