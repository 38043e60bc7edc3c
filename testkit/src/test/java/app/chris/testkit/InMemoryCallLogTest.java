package app.chris.testkit;

import app.chris.core.port.CallLog;
import app.chris.core.port.Outbox;

class InMemoryCallLogTest extends CallLogContract {
  private InMemoryOutbox outbox;

  @Override
  protected CallLog newCallLog() {
    outbox = new InMemoryOutbox(clock);
    return new InMemoryCallLog(outbox);
  }

  @Override
  protected Outbox outbox() {
    return outbox;
  }
}
