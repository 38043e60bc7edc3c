package app.chris.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.CallId;
import app.chris.core.port.KnowledgeFact;
import app.chris.core.port.KnowledgeSource;
import app.chris.core.port.KnowledgeStore;
import app.chris.core.port.NewKnowledgeFact;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link KnowledgeStore} must show: audit trail kept on retire and correct, version bumped on
 * every write. Subclasses return a fresh, empty store on {@link #clock}.
 */
public abstract class KnowledgeStoreContract {
  protected final MutableClock clock = MutableClock.startingNow();
  private KnowledgeStore store;

  protected abstract KnowledgeStore newKnowledgeStore();

  @BeforeEach
  void createStore() {
    store = newKnowledgeStore();
  }

  private static NewKnowledgeFact fact(String text) {
    return new NewKnowledgeFact(Optional.of("P100"), text, KnowledgeSource.DASHBOARD, "Pat Morgan", Optional.empty());
  }

  @Test
  void givenAddedFacts_all_returnsThemOldestFirstWithIdTimeAndAuthor() {
    KnowledgeFact pool = store.add(fact("The pool opens at 10am."));
    clock.advance(Duration.ofMinutes(1));
    KnowledgeFact gym = store.add(new NewKnowledgeFact(Optional.empty(), "Gym code is reset monthly.",
        KnowledgeSource.ADMIN_PHONE, "Pat Morgan", Optional.of(new CallId("c_admin"))));
    assertThat(store.all()).containsExactly(pool, gym);
    assertThat(pool.id()).isNotEqualTo(gym.id());
    assertThat(pool.createdAt()).isEqualTo(MutableClock.DEFAULT_START);
    assertThat(gym.createdAt()).isEqualTo(clock.instant());
    assertThat(gym.callId()).contains(new CallId("c_admin"));
    assertThat(gym.propertyId()).isEmpty();
    assertThat(pool.active()).isTrue();
  }

  @Test
  void givenWrites_version_changesOnEachWriteAndNotOnReads() {
    long v0 = store.version();
    KnowledgeFact f = store.add(fact("a"));
    long v1 = store.version();
    store.all();
    assertThat(store.version()).isEqualTo(v1);
    store.retire(f.id(), "Pat Morgan");
    long v2 = store.version();
    store.correct(f.id(), "b", "Pat Morgan", Optional.empty());
    assertThat(v1).isNotEqualTo(v0);
    assertThat(v2).isNotEqualTo(v1);
    assertThat(store.version()).isNotIn(v0, v1, v2);
  }

  @Test
  void givenRetiredFact_active_dropsItButAllKeepsItForTheAudit() {
    KnowledgeFact keep = store.add(fact("keep"));
    KnowledgeFact old = store.add(fact("old"));
    Optional<KnowledgeFact> retired = store.retire(old.id(), "Pat Morgan");
    assertThat(retired).hasValueSatisfying(r -> assertThat(r.active()).isFalse());
    assertThat(store.active()).containsExactly(keep);
    assertThat(store.all()).extracting(KnowledgeFact::text).containsExactly("keep", "old");
  }

  @Test
  void givenCorrection_correct_retiresTheOldFactAndAddsTheNewTextWithItsAuthor() {
    KnowledgeFact wrong = store.add(fact("Rent is due on the 15th."));
    clock.advance(Duration.ofMinutes(3));
    CallId call = new CallId("c_fix");
    KnowledgeFact fixed = store.correct(wrong.id(), "Rent is due on the 1st.", "Lee Admin", Optional.of(call))
        .orElseThrow();
    assertThat(fixed.text()).isEqualTo("Rent is due on the 1st.");
    assertThat(fixed.createdBy()).isEqualTo("Lee Admin");
    assertThat(fixed.callId()).contains(call);
    assertThat(fixed.propertyId()).isEqualTo(wrong.propertyId());
    assertThat(fixed.createdAt()).isEqualTo(clock.instant());
    assertThat(fixed.active()).isTrue();
    assertThat(store.active()).containsExactly(fixed);
    assertThat(store.all()).extracting(KnowledgeFact::text).containsExactly(wrong.text(), fixed.text());
  }

  @Test
  void givenAlreadyRetiredFact_retire_returnsItAndLeavesTheVersionAlone() {
    KnowledgeFact f = store.add(fact("a"));
    store.retire(f.id(), "Pat Morgan");
    long before = store.version();
    assertThat(store.retire(f.id(), "Lee Admin")).hasValueSatisfying(r -> assertThat(r.active()).isFalse());
    assertThat(store.version()).isEqualTo(before);
  }

  @Test
  void givenClockWithNanoseconds_add_returnsWhatAllReadsBackLater() {
    clock.set(MutableClock.DEFAULT_START.plusNanos(987_654_321));
    KnowledgeFact added = store.add(fact("Parking permits are free."));
    assertThat(store.all()).containsExactly(added);
  }

  @Test
  void givenUnknownId_retireAndCorrect_areEmptyAndChangeNothing() {
    store.add(fact("a"));
    long before = store.version();
    assertThat(store.retire("K-404", "x")).isEmpty();
    assertThat(store.correct("K-404", "b", "x", Optional.empty())).isEmpty();
    assertThat(store.version()).isEqualTo(before);
    assertThat(store.all()).hasSize(1);
  }
}
