package app.chris.adapters.jdbi;

import app.chris.core.port.CallLog;
import app.chris.core.port.Outbox;
import app.chris.testkit.CallLogContract;
import org.junit.jupiter.api.AfterEach;

class JdbiCallLogTest extends CallLogContract {
  private TestDb db;

  protected TestDb openDb() {
    return TestDb.h2();
  }

  @Override
  protected CallLog newCallLog() {
    db = openDb();
    return new JdbiCallLog(db.database(), clock);
  }

  @Override
  protected Outbox outbox() {
    return new JdbiOutbox(db.database(), clock);
  }

  @AfterEach
  void closeDb() {
    if (db != null) {
      db.close();
    }
  }
}
