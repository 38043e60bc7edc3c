package app.chris.adapters.jdbi;

/** The Outbox contract on PostgreSQL; skipped unless {@code CHRIS_TEST_POSTGRES_URL} is set. */
class PostgresOutboxTest extends JdbiOutboxTest {
  @Override
  protected TestDb openDb() {
    return TestDb.postgres();
  }
}
