package app.chris.testkit;

import app.chris.core.port.Outbox;
import app.chris.core.port.ServiceDesk;

class InMemoryServiceDeskTest extends ServiceDeskContract {
  private InMemoryServiceDesk desk;

  @Override
  protected ServiceDesk newServiceDesk() {
    desk = new InMemoryServiceDesk(clock);
    return desk;
  }

  @Override
  protected Outbox outbox() {
    return desk.outbox();
  }
}
