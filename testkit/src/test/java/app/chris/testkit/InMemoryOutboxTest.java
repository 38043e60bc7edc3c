package app.chris.testkit;

import app.chris.core.port.Outbox;

class InMemoryOutboxTest extends OutboxContract {
  @Override
  protected Outbox newOutbox() {
    return new InMemoryOutbox(clock);
  }
}
