package app.chris.testkit;

import app.chris.core.port.CallHistory;
import app.chris.core.port.CallLog;

class InMemoryCallHistoryTest extends CallHistoryContract {
  private InMemoryCallLog calls;

  @Override
  protected CallLog newCallLog() {
    calls = InMemoryCallLog.withOwnOutbox(clock);
    return calls;
  }

  @Override
  protected CallHistory newHistory() {
    return new InMemoryCallHistory(calls);
  }
}
