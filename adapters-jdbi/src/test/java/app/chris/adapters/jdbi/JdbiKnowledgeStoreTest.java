package app.chris.adapters.jdbi;

import app.chris.core.port.KnowledgeStore;
import app.chris.testkit.KnowledgeStoreContract;
import org.junit.jupiter.api.AfterEach;

class JdbiKnowledgeStoreTest extends KnowledgeStoreContract {
  private TestDb db;

  protected TestDb openDb() {
    return TestDb.h2();
  }

  @Override
  protected KnowledgeStore newKnowledgeStore() {
    db = openDb();
    return new JdbiKnowledgeStore(db.database(), clock);
  }

  @AfterEach
  void closeDb() {
    if (db != null) {
      db.close();
    }
  }
}
