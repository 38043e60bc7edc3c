package app.chris.core.port;

import java.util.List;
import java.util.Optional;

/**
 * The company's portfolio as a snapshot: company profile, admins, properties and units. Thread-safe; calls
 * return from memory or a local store and never wait on a remote system. {@link #version()} changes whenever
 * the content does, so caches keyed on it stay correct.
 */
public interface PropertyDirectory {
  CompanyProfile company();

  List<Admin> admins();

  List<Property> properties();

  /** Monotonic content version; bumps on every import or sync that changed something. */
  long version();

  default Optional<Property> property(String propertyId) {
    return properties().stream().filter(p -> p.id().equals(propertyId)).findFirst();
  }

  default Optional<Unit> unit(String unitId) {
    return properties().stream().flatMap(p -> p.units().stream()).filter(u -> u.id().equals(unitId)).findFirst();
  }
}
