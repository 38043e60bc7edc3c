package app.chris.testkit;

import app.chris.core.port.KnowledgeStore;

class InMemoryKnowledgeStoreTest extends KnowledgeStoreContract {
  @Override
  protected KnowledgeStore newKnowledgeStore() {
    return new InMemoryKnowledgeStore(clock);
  }
}
