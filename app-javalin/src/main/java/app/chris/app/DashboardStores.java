package app.chris.app;

import app.chris.core.live.LocalLiveFeed;
import app.chris.core.port.DashboardUsers;
import app.chris.core.port.LiveFeed;
import app.chris.core.port.Portfolio;
import app.chris.testkit.InMemoryDashboardUsers;
import app.chris.testkit.InMemoryPortfolio;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the dashboard needs beyond the call stores: its accounts, the live feed every call reports to (chosen
 * here, in one place, so a cross-instance feed can replace the in-process one), and where an uploaded portfolio
 * is imported. {@link AppContext#close()} closes the feed.
 */
public record DashboardStores(DashboardUsers users, LiveFeed live, Consumer<Portfolio> portfolioImport) {
  public DashboardStores {
    Objects.requireNonNull(users, "users");
    Objects.requireNonNull(live, "live");
    Objects.requireNonNull(portfolioImport, "portfolioImport");
  }

  /**
   * In-memory accounts and the in-process feed (tests, the demo call, embedding). Uploads replace an
   * {@link InMemoryPortfolio}; any other directory refuses them.
   */
  public static DashboardStores inMemory(Stores stores) {
    Consumer<Portfolio> importer = stores.directory() instanceof InMemoryPortfolio memory
        ? memory::replace
        : p -> {
          throw new IllegalStateException("this server's portfolio cannot be replaced from the dashboard");
        };
    return new DashboardStores(new InMemoryDashboardUsers(), new LocalLiveFeed(), importer);
  }
}
