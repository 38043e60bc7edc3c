package app.chris.adapters.jdbi;

/** The DashboardUsers contract on PostgreSQL; skipped unless {@code CHRIS_TEST_POSTGRES_URL} is set. */
class PostgresDashboardUsersTest extends JdbiDashboardUsersTest {
  @Override
  protected TestDb openDb() {
    return TestDb.postgres();
  }
}
