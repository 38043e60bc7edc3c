package app.chris.adapters.jdbi;

import app.chris.core.port.Outbox;
import app.chris.testkit.OutboxContract;
import org.junit.jupiter.api.AfterEach;

class JdbiOutboxTest extends OutboxContract {
  private TestDb db;

  protected TestDb openDb() {
    return TestDb.h2();
  }

  @Override
  protected Outbox newOutbox() {
    db = openDb();
    return new JdbiOutbox(db.database(), clock);
  }

  @AfterEach
  void closeDb() {
    if (db != null) {
      db.close();
    }
  }
}
