package app.chris.adapters.jdbi;

import app.chris.core.port.CallId;
import app.chris.core.port.Effect;
import app.chris.core.port.OutboxMessage;
import app.chris.testkit.MutableClock;
import app.chris.testkit.StoreSamples;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Run in a child JVM by {@link DatabaseFileTest}: saves one call with an outbox row to the embedded database in
 * {@code args[0]}, prints "saved", then halts without closing anything, the way kill -9 would stop it.
 */
public final class CrashingWriter {
  private CrashingWriter() {}

  public static void main(String[] args) {
    Database db = Database.open(DatabaseSettings.embedded(Path.of(args[0])));
    CallId id = new CallId("c_crash");
    new JdbiCallLog(db, MutableClock.startingNow()).save(StoreSamples.call(id.value(), "+12175550101",
            MutableClock.DEFAULT_START),
        List.of(new OutboxMessage("c_crash:note", Optional.of(id), new Effect.CallNote(id, Optional.empty(), "n"))));
    System.out.println("saved");
    System.out.flush();
    Runtime.getRuntime().halt(0);
  }
}
