package app.chris.testkit;

import app.chris.core.port.DashboardUsers;

class InMemoryDashboardUsersTest extends DashboardUsersContract {
  @Override
  protected DashboardUsers newDashboardUsers() {
    return new InMemoryDashboardUsers();
  }
}
