package app.chris.testkit;

import app.chris.core.port.Admin;
import app.chris.core.port.CompanyProfile;
import app.chris.core.port.EmergencyContact;
import app.chris.core.port.OfficeHours;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.Portfolio;
import app.chris.core.port.Property;
import app.chris.core.port.StreetAddress;
import app.chris.core.port.Tenant;
import app.chris.core.port.TenantStatus;
import app.chris.core.port.Unit;
import app.chris.core.security.Pins;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo company, typed: exactly the data of {@code contracts/demo-portfolio.json} (money at scale 2, the
 * admin PIN "2468" hashed with {@link Pins}). Stateless; each call builds a fresh value with a fresh salt.
 */
public final class DemoPortfolio {
  /** The demo admin's PIN in clear, for tests that dial in as Pat Morgan. */
  public static final String ADMIN_PIN = "2468";

  private DemoPortfolio() {}

  public static Portfolio build() {
    List<Tenant> tenants = DemoTenants.tenants();
    return new Portfolio(company(), List.of(new Admin("Pat Morgan", phone("+12175550111"), Pins.hash(ADMIN_PIN))),
        List.of(mapleCourt(), townhomes(), oakStreet()), tenants, DemoTenants.balances());
  }

  private static CompanyProfile company() {
    return new CompanyProfile("Lakeside Property Management", "Chris", Optional.of(phone("+12175550100")),
        ZoneId.of("America/Chicago"),
        List.of(new OfficeHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), time("09:00"), time("17:00")),
            new OfficeHours(EnumSet.of(DayOfWeek.SATURDAY), time("10:00"), time("14:00"))),
        List.of(new EmergencyContact("On-call maintenance", phone("+12175550199")),
            new EmergencyContact("Maintenance supervisor", phone("+12175550198"))),
        List.of("office@lakeside.example"),
        List.of("Rent is due on the 1st of the month. A $50 late fee applies after the 5th.",
            "Rent can be paid online in the resident portal, by automatic bank draft, or by check at the office.",
            "Pets: up to two cats or dogs per home, with a $300 pet deposit and $25 monthly pet rent."
                + " No aggressive breeds.",
            "Renter's insurance with at least $100,000 liability coverage is required for every lease."));
  }

  private static Property mapleCourt() {
    return new Property("P100", "Maple Court Apartments",
        new StreetAddress("120 Maple Ct", "Springfield", "IL", "62701"),
        List.of("pool", "fitness room", "laundry room", "covered parking"),
        List.of("The pool is open 10am to 8pm from Memorial Day to Labor Day.",
            "Trash and recycling are picked up Tuesday mornings.", "Quiet hours are 10pm to 7am."),
        List.of(unit("U101", "P100", "1A", 1, 1, "950", false, null),
            unit("U102", "P100", "1B", 2, 1, "1150", false, null),
            unit("U201", "P100", "2A", 2, 2, "1250", true, null),
            unit("U202", "P100", "2B", 3, 2, "1450", false, null)));
  }

  private static Property townhomes() {
    return new Property("P200", "1200 Maple Ct", new StreetAddress("1200 Maple Ct", "Springfield", "IL", "62704"),
        List.of("garage"),
        List.of("Each townhome has a one-car garage; the opener code is reset on move-in."),
        List.of(unit("U210", "P200", "A", 3, 2.5, "1800", false, null),
            unit("U211", "P200", "B", 3, 2.5, "1800", false, null)));
  }

  private static Property oakStreet() {
    return new Property("P300", "Oak Street Homes", new StreetAddress("Oak St", "Springfield", "IL", "62702"),
        List.of("private yard"),
        List.of("Residents of Oak Street Homes mow their own lawns; snow removal is done by Lakeside."),
        List.of(unit("U301", "P300", "12 Oak St", 2, 1, "1100", false, "12 Oak St"),
            unit("U302", "P300", "21 Oak St", 3, 2, "1350", false, "21 Oak St"),
            unit("U303", "P300", "112 Oak St", 3, 2, "1400", true, "112 Oak St")));
  }

  private static Unit unit(String id, String propertyId, String name, int beds, double baths, String rent,
      boolean vacant, String street) {
    return new Unit(id, propertyId, name, beds, baths, money(rent), vacant, Optional.ofNullable(street));
  }

  static BigDecimal money(String amount) {
    return new BigDecimal(amount).setScale(2);
  }

  static PhoneNumber phone(String e164) {
    return new PhoneNumber(e164);
  }

  private static LocalTime time(String hhmm) {
    return LocalTime.parse(hhmm);
  }

  /** Tenants and balances, kept apart to keep each file small. */
  private static final class DemoTenants {
    static List<Tenant> tenants() {
      return List.of(
          tenant("T1001", "Ana", "Ruiz", "U101", TenantStatus.CURRENT, "+12175550101"),
          tenant("T1002", "Ben", "Cho", "U102", TenantStatus.CURRENT, "+12175550102"),
          tenant("T1003", "Carla", "Diaz", "U202", TenantStatus.NOTICE, "+12175550103", "+12175550203"),
          tenant("T1004", "Dan", "Ellis", "U210", TenantStatus.CURRENT, "+12175550104"),
          tenant("T1005", "Eve", "Fox", "U211", TenantStatus.CURRENT, "+12175550105"),
          tenant("T1006", "Gus", "Hale", "U301", TenantStatus.CURRENT, "+12175550106"),
          tenant("T1007", "Hana", "Ito", "U302", TenantStatus.CURRENT, "+12175550107"),
          tenant("T1008", "Ivan", "Jones", "U101", TenantStatus.PAST, "+12175550108"));
    }

    static Map<String, BigDecimal> balances() {
      Map<String, BigDecimal> b = new LinkedHashMap<>();
      b.put("T1001", money("0.00"));
      b.put("T1002", money("125.50"));
      b.put("T1003", money("40.00"));
      b.put("T1004", money("0.00"));
      b.put("T1005", money("310.75"));
      b.put("T1006", money("0.00"));
      b.put("T1007", money("1020.00"));
      b.put("T1008", money("0.00"));
      return b;
    }

    private static Tenant tenant(String id, String first, String last, String unitId, TenantStatus status,
        String... phones) {
      String email = first.toLowerCase(java.util.Locale.ROOT) + "." + last.toLowerCase(java.util.Locale.ROOT)
          + "@example.com";
      return new Tenant(id, first, last, unitId, java.util.Arrays.stream(phones).map(DemoPortfolio::phone).toList(),
          Optional.of(email), status);
    }
  }
}
