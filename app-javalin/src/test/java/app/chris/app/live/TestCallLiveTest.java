package app.chris.app.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.app.AppContext;
import app.chris.app.Stores;
import app.chris.app.config.AppConfig;
import app.chris.core.offline.OfflineLanguageModel;
import app.chris.core.port.CallAnalytics;
import app.chris.core.port.CallId;
import app.chris.core.port.LiveEvent;
import app.chris.core.port.LiveEvent.Kind;
import app.chris.core.port.PhoneNumber;
import app.chris.testkit.InMemoryCallLog;
import app.chris.testkit.InMemoryKnowledgeStore;
import app.chris.testkit.InMemoryOutbox;
import app.chris.testkit.InMemoryPortfolio;
import app.chris.testkit.InMemoryServiceDesk;
import app.chris.testkit.MutableClock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A text test call reports itself live: who called, both sides' words, activity, model, tenant once verified. */
class TestCallLiveTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final OfflineLanguageModel MODEL = new OfflineLanguageModel();
  private final MutableClock clock = MutableClock.startingNow();
  private final InMemoryOutbox outbox = new InMemoryOutbox(clock);
  private final InMemoryPortfolio portfolio = InMemoryPortfolio.demo();
  private final Stores stores = new Stores(portfolio, portfolio, new InMemoryKnowledgeStore(clock),
      new InMemoryServiceDesk(clock, outbox), new InMemoryCallLog(outbox), outbox);
  private final AppContext context = AppContext.create(AppConfig.fromEnv(Map.of("ADMIN_TOKEN", "t")), stores,
      MODEL, clock, () -> {});
  private final LiveEvents live = new LiveEvents(context.liveFeed());

  @AfterEach
  void close() throws Exception {
    live.close();
    context.close();
  }

  @Test
  void givenATenantWhoVerifies_theLiveFeedTellsTheWholeCallInOrder() throws Exception {
    CallId id = context.testCalls().start(PhoneNumber.parse("+12175550105"), Optional.empty()).getKey();
    context.testCalls().say(id, "what's my balance right now?");
    context.testCalls().say(id, "it's Eve Fox, 1200 Maple Court, unit B");
    context.testCalls().hangUp(id);

    assertThat(live.await(e -> e.kind() == Kind.CALL_ENDED, WAIT)).isTrue();
    assertThat(live.all()).allMatch(e -> e.callId().equals(id.value()));
    assertThat(live.all().get(0).kind()).isEqualTo(Kind.CALL_STARTED);
    assertThat(live.all().get(0).fields()).containsEntry("channel", "test").containsEntry("from", "+12175550105");
    assertThat(live.of(Kind.CALLER_SAID)).extracting(e -> e.fields().get("text"))
        .containsExactly("what's my balance right now?", "it's Eve Fox, 1200 Maple Court, unit B");
    assertThat(live.of(Kind.CHRIS_SAID)).hasSizeGreaterThan(3);
    assertThat(live.of(Kind.ACTIVITY)).extracting(e -> e.fields().get("activity"))
        .contains("thinking", "speaking", "listening", "ended");
    assertThat(live.of(Kind.MODEL)).isNotEmpty().allMatch(e -> e.fields().get("model").equals("offline"));
    assertThat(live.of(Kind.LATENCY)).isNotEmpty().allMatch(e -> e.fields().get("measure").equals("first-reply"));
    LiveEvent identified = live.of(Kind.IDENTIFIED).get(live.of(Kind.IDENTIFIED).size() - 1);
    assertThat(identified.fields()).containsEntry("verified", "true").containsEntry("tenant", "Eve Fox")
        .containsEntry("tenantId", "T1005");
    assertThat(identified.fields().get("intents")).contains("balance");
  }

  @Test
  void givenAnUnverifiedCaller_theTenantIsNeverNamedOnTheFeed() throws Exception {
    CallId id = context.testCalls().start(PhoneNumber.parse("+12175550105"), Optional.empty()).getKey();
    context.testCalls().say(id, "my kitchen sink is leaking");
    context.testCalls().hangUp(id);

    assertThat(live.await(e -> e.kind() == Kind.CALL_ENDED, WAIT)).isTrue();
    assertThat(live.of(Kind.IDENTIFIED)).isNotEmpty()
        .allMatch(e -> e.fields().get("verified").equals("false") && !e.fields().containsKey("tenant"));
  }

  @Test
  void givenTurnsAnswered_eachModelTurnIsStoredForAnalytics() throws Exception {
    CallId id = context.testCalls().start(Optional.empty(), Optional.empty()).getKey();
    context.testCalls().say(id, "what time does the pool open?");
    context.testCalls().hangUp(id);

    CallAnalytics analytics = stores.history().analytics(clock.instant().minus(Duration.ofDays(1)),
        clock.instant().plus(Duration.ofDays(1)), ZoneOffset.UTC);
    assertThat(analytics.modelTurns()).containsKey("offline");
    assertThat(analytics.latency().turns()).isEqualTo(analytics.modelTurns().values().stream()
        .mapToLong(Long::longValue).sum());
  }
}
