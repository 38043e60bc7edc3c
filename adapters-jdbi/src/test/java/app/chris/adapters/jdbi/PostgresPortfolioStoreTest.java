package app.chris.adapters.jdbi;

/** The portfolio store contract on PostgreSQL; skipped unless {@code CHRIS_TEST_POSTGRES_URL} is set. */
class PostgresPortfolioStoreTest extends LocalPortfolioStoreTest {
  @Override
  protected TestDb openDb() {
    return TestDb.postgres();
  }
}
