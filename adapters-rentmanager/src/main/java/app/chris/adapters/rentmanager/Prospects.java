package app.chris.adapters.rentmanager;

import app.chris.core.port.FailureKind;
import app.chris.core.port.Lead;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.PortException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * Prospects: {@code POST /Prospects} with the interest and marker in the comment, then {@code POST /Contacts}
 * for the phone. A retry finds the prospect by marker and adds the contact only if it is still missing.
 */
final class Prospects {
  private final RentManagerClient client;

  Prospects(RentManagerClient client) {
    this.client = client;
  }

  void create(Lead lead, String marker, Attempts attempts) {
    attempts.run(() -> {
      long prospect = find(marker).orElseGet(() -> post(lead, marker));
      if (lead.phone().isPresent() && client.list("/Prospects/" + prospect + "/Contacts", RentManagerQuery.NONE)
          .isEmpty()) {
        client.post("/Contacts", List.of(contact(prospect, lead, lead.phone().get())));
      }
      return prospect;
    });
  }

  private Optional<Long> find(String marker) {
    return client.list("/Prospects", RentManagerQuery.NONE.filter("Comment", "ct", marker)).stream()
        .filter(n -> n.path("Comment").asText("").contains(marker)).map(n -> n.path("ProspectID"))
        .filter(JsonNode::canConvertToLong).map(JsonNode::asLong).min(Long::compare);
  }

  private long post(Lead lead, String marker) {
    String[] name = names(lead.name());
    Long property = lead.unitId().flatMap(u -> Markers.number(u, 'U'))
        .flatMap(u -> client.get("/Units/" + u, RentManagerQuery.NONE.fields("UnitID", "PropertyID")))
        .map(n -> n.path("PropertyID")).filter(JsonNode::canConvertToLong).map(JsonNode::asLong).orElse(null);
    String comment = lead.interest().strip() + lead.unitId().map(u -> " (unit " + u + ")").orElse("")
        + "\nFrom call " + lead.callId() + " to Chris. " + marker;
    List<JsonNode> saved = client.post("/Prospects",
        List.of(new WriteJson.ProspectJson(name[0], name[1], property, comment)));
    return saved.stream().map(n -> n.path("ProspectID")).filter(JsonNode::canConvertToLong).map(JsonNode::asLong)
        .findFirst().or(() -> find(marker))
        .orElseThrow(() -> new PortException(FailureKind.UNKNOWN, "Rent Manager saved no prospect"));
  }

  private static WriteJson.ContactJson contact(long prospect, Lead lead, PhoneNumber phone) {
    String[] name = names(lead.name());
    boolean nanp = phone.digits().length() == 11 && phone.digits().startsWith("1");
    String national = nanp ? phone.digits().substring(1) : phone.digits();
    String formatted = nanp ? "(" + national.substring(0, 3) + ") " + national.substring(3, 6) + "-"
        + national.substring(6) : phone.e164();
    return new WriteJson.ContactJson("Prospect", prospect, name[0], name[1], true,
        List.of(new WriteJson.PhoneJson(formatted, national, true)));
  }

  private static String[] names(String full) {
    String[] parts = full.strip().split("\\s+", 2);
    return new String[] {parts[0], parts.length > 1 ? parts[1] : ""};
  }
}
