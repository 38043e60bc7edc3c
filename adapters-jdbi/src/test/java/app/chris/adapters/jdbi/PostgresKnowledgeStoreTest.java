package app.chris.adapters.jdbi;

/** The KnowledgeStore contract on PostgreSQL; skipped unless {@code CHRIS_TEST_POSTGRES_URL} is set. */
class PostgresKnowledgeStoreTest extends JdbiKnowledgeStoreTest {
  @Override
  protected TestDb openDb() {
    return TestDb.postgres();
  }
}
