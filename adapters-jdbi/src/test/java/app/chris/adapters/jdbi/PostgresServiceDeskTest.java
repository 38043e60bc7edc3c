package app.chris.adapters.jdbi;

/** The ServiceDesk contract on PostgreSQL; skipped unless {@code CHRIS_TEST_POSTGRES_URL} is set. */
class PostgresServiceDeskTest extends JdbiServiceDeskTest {
  @Override
  protected TestDb openDb() {
    return TestDb.postgres();
  }
}
