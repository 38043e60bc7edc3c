package app.chris.adapters.jdbi;

import app.chris.core.port.Outbox;
import app.chris.core.port.ServiceDesk;
import app.chris.testkit.ServiceDeskContract;
import org.junit.jupiter.api.AfterEach;

class JdbiServiceDeskTest extends ServiceDeskContract {
  private TestDb db;

  protected TestDb openDb() {
    return TestDb.h2();
  }

  @Override
  protected ServiceDesk newServiceDesk() {
    db = openDb();
    return new JdbiServiceDesk(db.database(), clock);
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
