package app.chris.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.DashboardRole;
import app.chris.core.port.DashboardSession;
import app.chris.core.port.DashboardUser;
import app.chris.core.port.DashboardUsers;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link DashboardUsers} must show: unique case-insensitive names, sessions that expire and end
 * with their user. Subclasses return a fresh, empty store.
 */
public abstract class DashboardUsersContract {
  private static final Instant NOW = MutableClock.DEFAULT_START;
  private DashboardUsers store;

  protected abstract DashboardUsers newDashboardUsers();

  @BeforeEach
  void createStore() {
    store = newDashboardUsers();
  }

  private static DashboardUser user(String name, DashboardRole role) {
    return new DashboardUser(name, role, "pbkdf2$1$c2FsdA==$aGFzaA==", "setup", NOW);
  }

  private static DashboardSession session(String digest, String user, Instant start, Duration life) {
    return new DashboardSession(digest, user, DashboardRole.VIEWER, "csrf-" + digest, start, start.plus(life));
  }

  @Test
  void givenAddedUsers_findAndAll_returnThemByLowerCaseName() {
    DashboardUser pat = store.add(user("Pat", DashboardRole.ADMIN)).orElseThrow();
    store.add(user("alex", DashboardRole.VIEWER));
    assertThat(pat.name()).isEqualTo("pat");
    assertThat(store.find("PAT")).contains(pat);
    assertThat(store.find("nobody")).isEmpty();
    assertThat(store.find("not a valid name!")).isEmpty();
    assertThat(store.all()).extracting(DashboardUser::name).containsExactly("alex", "pat");
    assertThat(store.all().get(1).passwordHash()).isEqualTo(pat.passwordHash());
  }

  @Test
  void givenATakenName_add_isRefusedAndKeepsTheFirstAccount() {
    store.add(user("pat", DashboardRole.VIEWER));
    assertThat(store.add(user("PAT", DashboardRole.ADMIN))).isEmpty();
    assertThat(store.find("pat").orElseThrow().role()).isEqualTo(DashboardRole.VIEWER);
  }

  @Test
  void givenASession_session_findsItUntilItExpiresOrIsClosed() {
    store.openSession(session("d1", "pat", NOW, Duration.ofHours(1)));
    DashboardSession found = store.session("d1", NOW.plusSeconds(60)).orElseThrow();
    assertThat(found.userName()).isEqualTo("pat");
    assertThat(found.csrfToken()).isEqualTo("csrf-d1");
    assertThat(store.session("d1", NOW.plus(Duration.ofHours(1)))).isEmpty();
    assertThat(store.session("other", NOW)).isEmpty();
    store.closeSession("d1");
    assertThat(store.session("d1", NOW)).isEmpty();
  }

  @Test
  void givenAnExpiredSession_openingAnotherForgetsIt() {
    store.openSession(session("old", "pat", NOW, Duration.ofMinutes(5)));
    store.openSession(session("new", "pat", NOW.plus(Duration.ofHours(1)), Duration.ofHours(1)));
    assertThat(store.session("old", NOW)).isEmpty();
    assertThat(store.session("new", NOW.plus(Duration.ofHours(1)))).isPresent();
  }

  @Test
  void givenAUserWithSessions_remove_endsTheSessionsToo() {
    store.add(user("pat", DashboardRole.ADMIN));
    store.openSession(session("d1", "pat", NOW, Duration.ofHours(1)));
    store.openSession(session("d2", "alex", NOW, Duration.ofHours(1)));
    assertThat(store.remove("Pat")).isTrue();
    assertThat(store.remove("pat")).isFalse();
    assertThat(store.find("pat")).isEmpty();
    assertThat(store.session("d1", NOW)).isEmpty();
    assertThat(store.session("d2", NOW)).isPresent();
  }
}
