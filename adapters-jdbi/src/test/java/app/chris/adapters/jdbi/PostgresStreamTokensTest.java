package app.chris.adapters.jdbi;

/** The StreamTokens contract and the two-instance cases on PostgreSQL; skipped unless CHRIS_TEST_POSTGRES_URL. */
class PostgresStreamTokensTest extends JdbiStreamTokensTest {
  @Override
  protected TestDb openDb() {
    return TestDb.postgres();
  }
}
