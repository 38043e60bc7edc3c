package app.chris.app;

import app.chris.testkit.fault.VendorFault;
import java.time.Duration;
import java.util.stream.Stream;

/** The faults of the fault matrix, shared by its vendor rows (see docs/faults.md). */
final class FaultCells {
  private FaultCells() {}

  /** Every fault of the vocabulary, with a stall longer than any vendor's patience. */
  static Stream<VendorFault> all(Duration stall) {
    return Stream.of(new VendorFault.Latency(stall), new VendorFault.ConnectionReset(),
        new VendorFault.RateLimited(Duration.ofSeconds(30)), new VendorFault.ServerError(503),
        new VendorFault.MalformedBody(), new VendorFault.DisconnectMidStream());
  }
}
