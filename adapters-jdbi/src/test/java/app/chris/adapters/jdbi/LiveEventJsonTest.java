package app.chris.adapters.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.LiveEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveEventJsonTest {
  private static final Instant AT = Instant.parse("2026-11-25T18:00:00.123Z");

  private static LiveEvent said(String text) {
    return new LiveEvent("chris-a", "c_CA1", AT, LiveEvent.Kind.CALLER_SAID, Map.of("text", text));
  }

  @Test
  void givenEvent_encodeThenDecode_givesTheSameEventAndOrigin() {
    LiveEvent event = new LiveEvent("chris-a", "c_CA1", AT, LiveEvent.Kind.VENDOR,
        Map.of("vendor", "openai", "state", "down", "note", "quotes \" and ünïcödé"));

    LiveEventJson.Encoded encoded = LiveEventJson.encode("origin-1", event).orElseThrow();
    LiveEventJson.Decoded decoded = LiveEventJson.decode(encoded.json()).orElseThrow();

    assertThat(encoded.truncated()).isFalse();
    assertThat(decoded.origin()).isEqualTo("origin-1");
    assertThat(decoded.event()).isEqualTo(event);
  }

  @Test
  void givenMonologueOverTheNotifyLimit_encode_cutsTheTextToFitAndMarksIt() {
    String monologue = "é".repeat(9000); // two bytes each: 18 kB

    LiveEventJson.Encoded encoded = LiveEventJson.encode("o", said(monologue)).orElseThrow();

    assertThat(encoded.truncated()).isTrue();
    assertThat(encoded.json().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(7999);
    String text = LiveEventJson.decode(encoded.json()).orElseThrow().event().fields().get("text");
    assertThat(text).startsWith("éééé").endsWith("…").hasSizeLessThan(4000);
  }

  @Test
  void givenTooManyFieldsToEverFit_encode_isEmpty() {
    Map<String, String> fields = new HashMap<>();
    for (int i = 0; i < 1000; i++) {
      fields.put("a-rather-long-field-name-" + i, "v");
    }
    LiveEvent event = new LiveEvent("chris-a", "c_CA1", AT, LiveEvent.Kind.TOOL, fields);

    assertThat(LiveEventJson.encode("o", event)).isEmpty();
  }

  @Test
  void givenGarbageOrAKindFromANewerVersion_decode_isEmpty() {
    assertThat(LiveEventJson.decode("not json")).isEmpty();
    assertThat(LiveEventJson.decode("{\"o\":\"x\"}")).isEmpty();
    String future = LiveEventJson.encode("o", said("hi")).orElseThrow().json().replace("CALLER_SAID", "HOLOGRAM");
    assertThat(LiveEventJson.decode(future)).isEmpty();
  }
}
