package app.chris.adapters.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.CallId;
import app.chris.core.port.CallRecord;
import app.chris.core.port.Effect;
import app.chris.testkit.MutableClock;
import app.chris.testkit.StoreSamples;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectJsonTest {
  private final Instant at = MutableClock.DEFAULT_START.plusNanos(123_456_789);

  @Test
  void givenEveryEffectVariant_writeThenRead_givesBackAnEqualEffect() {
    List<Effect> effects = StoreSamples.everyEffect(new CallId("c_json"), at);
    for (Effect effect : effects) {
      assertThat(EffectJson.read(EffectJson.write(effect))).as(EffectJson.kind(effect)).isEqualTo(effect);
    }
  }

  @Test
  void givenEffects_kind_namesEachVariantForTheOutboxColumn() {
    assertThat(StoreSamples.everyEffect(new CallId("c_json"), at)).extracting(EffectJson::kind)
        .containsExactly("transcript_email", "alert_email", "alert_email", "work_order", "call_note", "call_note",
            "prospect_lead", "prospect_lead");
  }

  @Test
  void givenCallRecordsWithAndWithoutOptionals_json_roundTripsToNanoseconds() {
    CallRecord full = StoreSamples.call("c_full", "+12175550101", at);
    CallRecord empty = StoreSamples.openAnonymousCall("c_empty", at);
    assertThat(RecordJson.call(Json.parse(Json.write(RecordJson.call(full))))).isEqualTo(full);
    assertThat(RecordJson.call(Json.parse(Json.write(RecordJson.call(empty))))).isEqualTo(empty);
  }
}
