package app.chris.adapters.jdbi;

/** Two instances' outbox workers on PostgreSQL; skipped unless {@code CHRIS_TEST_POSTGRES_URL} is set. */
class PostgresOutboxWorkersTest extends OutboxWorkersTest {
  @Override
  protected TestDb openDb() {
    return TestDb.postgres();
  }
}
