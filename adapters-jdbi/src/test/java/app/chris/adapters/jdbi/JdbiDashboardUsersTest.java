package app.chris.adapters.jdbi;

import app.chris.core.port.DashboardUsers;
import app.chris.testkit.DashboardUsersContract;
import org.junit.jupiter.api.AfterEach;

class JdbiDashboardUsersTest extends DashboardUsersContract {
  private TestDb db;

  protected TestDb openDb() {
    return TestDb.h2();
  }

  @Override
  protected DashboardUsers newDashboardUsers() {
    db = openDb();
    return new JdbiDashboardUsers(db.database());
  }

  @AfterEach
  void closeDb() {
    if (db != null) {
      db.close();
    }
  }
}
