package app.chris.adapters.rentmanager;

import app.chris.adapters.rentmanager.PortfolioJson.ContactJson;
import app.chris.adapters.rentmanager.PortfolioJson.LeaseJson;
import app.chris.adapters.rentmanager.PortfolioJson.PhoneJson;
import app.chris.adapters.rentmanager.PortfolioJson.TenantJson;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Tenant;
import app.chris.core.port.TenantStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Rent Manager tenants to core records. A tenant row has no unit or phone: the unit comes from the current lease
 * (else the latest one), phones from every contact (co-tenants included), normalised to E.164.
 */
final class TenantMapper {
  private TenantMapper() {}

  static String tenantId(long id) {
    return "T" + id;
  }

  static Optional<Tenant> tenant(TenantJson t, LocalDate today) {
    Optional<Long> unit = unitOf(t.leases(), today);
    if (t.id() == null || unit.isEmpty()) {
      return Optional.empty(); // a tenant we cannot place in a unit cannot be matched or verified
    }
    List<ContactJson> contacts = t.contacts() == null ? List.of() : t.contacts().stream()
        .filter(Objects::nonNull).sorted(Comparator.comparing(c -> !Boolean.TRUE.equals(c.primary()))).toList();
    List<PhoneNumber> phones = contacts.stream().filter(c -> c.phones() != null).flatMap(c -> c.phones().stream())
        .filter(Objects::nonNull).map(TenantMapper::phone).flatMap(Optional::stream).distinct().toList();
    Optional<String> email = contacts.stream().map(ContactJson::email).filter(e -> e != null && !e.isBlank())
        .findFirst();
    String[] names = names(t);
    return Optional.of(new Tenant(tenantId(t.id()), names[0], names[1], PropertyMapper.unitId(unit.get()), phones,
        email, status(t.status())));
  }

  static TenantStatus status(String status) {
    String s = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
    switch (s) {
      case "current":
        return TenantStatus.CURRENT;
      case "notice":
      case "eviction": // still living there, on the way out
        return TenantStatus.NOTICE;
      case "future":
        return TenantStatus.FUTURE;
      default:
        return TenantStatus.PAST;
    }
  }

  private static Optional<PhoneNumber> phone(PhoneJson p) {
    return PhoneNumber.parse(p.stripped()).or(() -> PhoneNumber.parse(p.formatted()));
  }

  private static Optional<Long> unitOf(List<LeaseJson> leases, LocalDate today) {
    if (leases == null) {
      return Optional.empty();
    }
    List<LeaseJson> withUnit = leases.stream().filter(l -> l != null && l.unitId() != null).toList();
    return withUnit.stream().filter(l -> date(l.moveOut()).map(d -> !d.isBefore(today)).orElse(true))
        .findFirst().or(() -> withUnit.stream().max(Comparator.comparing(l -> date(l.moveIn()).orElse(LocalDate.MIN))))
        .map(LeaseJson::unitId);
  }

  private static Optional<LocalDate> date(String text) {
    if (text == null || text.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.substring(0, 10)));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String[] names(TenantJson t) {
    String first = Objects.toString(t.firstName(), "").strip();
    String last = Objects.toString(t.lastName(), "").strip();
    if (first.isEmpty() && last.isEmpty() && t.name() != null) {
      String[] parts = t.name().strip().split("\\s+", 2);
      return new String[] {parts[0], parts.length > 1 ? parts[1] : ""};
    }
    return new String[] {first, last};
  }
}
