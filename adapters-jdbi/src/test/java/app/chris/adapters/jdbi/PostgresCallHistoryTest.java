package app.chris.adapters.jdbi;

/** The CallHistory contract on PostgreSQL; skipped unless {@code CHRIS_TEST_POSTGRES_URL} is set. */
class PostgresCallHistoryTest extends JdbiCallHistoryTest {
  @Override
  protected TestDb openDb() {
    return TestDb.postgres();
  }
}
