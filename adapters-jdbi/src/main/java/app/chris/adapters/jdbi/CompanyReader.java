package app.chris.adapters.jdbi;

import static app.chris.adapters.jdbi.Fields.bad;

import app.chris.adapters.jdbi.Fields.Item;
import app.chris.core.port.CompanyProfile;
import app.chris.core.port.EmergencyContact;
import app.chris.core.port.OfficeHours;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the {@code company} object of a portfolio file (see PortfolioReader). Stateless. */
final class CompanyReader {
  private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

  private CompanyReader() {}

  static CompanyProfile read(JsonNode c) {
    String p = "/company";
    String name = Fields.text(c, "name", p + "/name");
    String assistant = Fields.optionalText(c, "assistantName", p + "/assistantName").orElse("Chris");
    var office = Fields.optionalText(c, "officePhone", p + "/officePhone")
        .map(t -> Fields.phone(c.get("officePhone"), p + "/officePhone"));
    ZoneId zone = zone(Fields.optionalText(c, "timezone", p + "/timezone").orElse("UTC"), p + "/timezone");
    List<OfficeHours> hours = Fields.items(c, "officeHours", p + "/officeHours", false).stream()
        .map(CompanyReader::hours).toList();
    List<EmergencyContact> contacts = Fields.items(c, "emergencyContacts", p + "/emergencyContacts", false)
        .stream().map(i -> new EmergencyContact(Fields.text(PortfolioReader.object(i), "name", i.at("name")),
            Fields.phone(i.node().path("phone"), i.at("phone")))).toList();
    List<String> emails = Fields.items(c, "notificationEmails", p + "/notificationEmails", false).stream()
        .map(CompanyReader::email).toList();
    return new CompanyProfile(name, assistant, office, zone, hours, contacts, emails,
        Fields.strings(c, "facts", p + "/facts"));
  }

  private static ZoneId zone(String id, String ptr) {
    try {
      if (!id.contains("/") && !id.equals("UTC")) {
        throw new DateTimeException("offsets and abbreviations are not region ids");
      }
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw bad(ptr, "\"" + id + "\" is not an IANA time zone such as America/Chicago.");
    }
  }

  private static String email(Item i) {
    String text = Fields.string(i.node(), i.pointer());
    if (!text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw bad(i.pointer(), "\"" + text + "\" is not an email address.");
    }
    return text;
  }

  private static OfficeHours hours(Item i) {
    JsonNode h = PortfolioReader.object(i);
    Set<DayOfWeek> days = days(Fields.text(h, "days", i.at("days")), i.at("days"));
    LocalTime open = time(Fields.text(h, "open", i.at("open")), i.at("open"));
    LocalTime close = time(Fields.text(h, "close", i.at("close")), i.at("close"));
    if (!close.isAfter(open)) {
      throw bad(i.at("close"), "The office must close after it opens.");
    }
    return new OfficeHours(days, open, close);
  }

  private static LocalTime time(String text, String ptr) {
    try {
      if (!text.matches("\\d{2}:\\d{2}")) {
        throw new DateTimeParseException("not HH:MM", text, 0);
      }
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw bad(ptr, "\"" + text + "\" is not a time of day written HH:MM, such as 09:00.");
    }
  }

  /** "MON-FRI", "SAT", "MON,WED,FRI" or "MON-WED,SAT"; ranges may wrap past Sunday. */
  static Set<DayOfWeek> days(String text, String ptr) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String part : text.toUpperCase(Locale.ROOT).split(",")) {
      String[] ends = part.strip().split("-");
      if (ends.length > 2 || !DAYS.contains(ends[0].strip()) || !DAYS.contains(ends[ends.length - 1].strip())) {
        throw bad(ptr, "\"" + text + "\" is not a list of days such as MON-FRI or SAT,SUN.");
      }
      DayOfWeek day = DayOfWeek.of(DAYS.indexOf(ends[0].strip()) + 1);
      DayOfWeek last = DayOfWeek.of(DAYS.indexOf(ends[ends.length - 1].strip()) + 1);
      days.add(day);
      while (day != last) {
        day = day.plus(1);
        days.add(day);
      }
    }
    return days;
  }
}
