package app.chris.core.port;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the core has established during a call so far. Chris never asks again for something present here.
 * {@code tenantId} is set only once the caller is verified; {@code propertyId}/{@code unitId} once the address
 * is resolved (confirmed by the caller or matched exactly).
 */
public record CallFacts(
    Optional<String> callerName,
    Optional<PhoneNumber> callbackNumber,
    IdentityStatus identity,
    Optional<String> tenantId,
    Optional<String> propertyId,
    Optional<String> unitId,
    Optional<String> spokenAddress,
    Optional<String> issue,
    List<Intent> intents,
    boolean adminMode) {

  public CallFacts {
    Objects.requireNonNull(callerName, "callerName");
    Objects.requireNonNull(callbackNumber, "callbackNumber");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(propertyId, "propertyId");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(spokenAddress, "spokenAddress");
    Objects.requireNonNull(issue, "issue");
    intents = List.copyOf(intents);
  }

  public static CallFacts empty() {
    return new CallFacts(
        Optional.empty(), Optional.empty(), IdentityStatus.UNKNOWN, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), false);
  }
}
