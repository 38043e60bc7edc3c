package app.chris.adapters.jdbi;

import app.chris.core.port.CallHistory;
import app.chris.core.port.CallLog;
import app.chris.testkit.CallHistoryContract;
import org.junit.jupiter.api.AfterEach;

class JdbiCallHistoryTest extends CallHistoryContract {
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
  protected CallHistory newHistory() {
    return new JdbiCallHistory(db.database());
  }

  @AfterEach
  void closeDb() {
    if (db != null) {
      db.close();
    }
  }
}
