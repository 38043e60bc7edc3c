package app.chris.adapters.jdbi;

/** The CallLog contract on PostgreSQL; skipped unless {@code CHRIS_TEST_POSTGRES_URL} is set. */
class PostgresCallLogTest extends JdbiCallLogTest {
  @Override
  protected TestDb openDb() {
    return TestDb.postgres();
  }
}
