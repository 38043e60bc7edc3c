package app.chris.app;

import app.chris.adapters.jdbi.JdbiOutbox;
import app.chris.core.call.CallRecovery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a start does before taking calls, after a crash: finish the calls the previous process left open and, on
 * embedded H2 (one process by the file lock), free the outbox leases it held so the worker resumes at once. On a
 * shared database other instances may be mid-call, so only calls older than Twilio's 4-hour limit are closed.
 */
final class StartupRecovery {
  /** Twilio ends every call after 4 hours, so an older open call has no live process behind it. */
  static final Duration LONGEST_CALL = Duration.ofHours(4);
  private static final Logger LOG = LoggerFactory.getLogger(StartupRecovery.class);

  private StartupRecovery() {}

  static void run(boolean soleProcess, Stores stores, JdbiOutbox outbox, Clock clock) {
    Instant now = clock.instant();
    if (soleProcess) {
      int freed = outbox.releaseLeases();
      if (freed > 0) {
        LOG.warn("Freed {} outbox row(s) a previous run had claimed but not settled; they are delivered again", freed);
      }
    }
    new CallRecovery(stores.callLog(), stores.directory(), stores.serviceDesk(), clock)
        .recover(soleProcess ? now : now.minus(LONGEST_CALL));
  }
}
