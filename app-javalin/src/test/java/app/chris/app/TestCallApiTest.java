package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TestCallApiTest {
  private final ApiFixture api = new ApiFixture();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void givenNewTestCall_start_greetsWithCompanyAndCallId() {
    ApiFixture.Response started = api.post("/api/test-calls", "{\"from\": \"+12175550101\"}");

    assertThat(started.status()).isEqualTo(201);
    assertThat(started.contentType()).startsWith("application/json");
    Map<String, Object> body = started.object();
    assertThat((String) body.get("callId")).startsWith("c_");
    assertThat(body.get("ended")).isEqualTo(false);
    assertThat(String.join(" ", strings(body.get("replies")))).contains("Lakeside");
  }

  @Test
  void givenLiveCall_turn_answersWithRepliesEndedAndEvents() {
    String id = start();

    ApiFixture.Response turn = api.post("/api/test-calls/" + id + "/turns", "{\"text\": \"my sink is leaking\"}");

    assertThat(turn.status()).isEqualTo(200);
    assertThat(turn.object()).containsKeys("replies", "ended", "events");
    assertThat(strings(turn.object().get("replies"))).containsExactly("You said: my sink is leaking");
    assertThat(turn.object().get("ended")).isEqualTo(false);
  }

  @Test
  void givenLiveCall_keypadDigits_areAccepted() {
    String id = start();

    ApiFixture.Response turn = api.post("/api/test-calls/" + id + "/turns", "{\"digits\": \"1\"}");

    assertThat(turn.status()).isEqualTo(200);
  }

  @Test
  void givenLiveCall_hangUp_returnsEndedTestRecordWithTranscript() {
    String id = start();
    api.post("/api/test-calls/" + id + "/turns", "{\"text\": \"hello\"}");

    ApiFixture.Response record = api.send("DELETE", "/api/test-calls/" + id, null, ApiFixture.TOKEN);

    assertThat(record.status()).isEqualTo(200);
    Map<String, Object> body = record.object();
    assertThat(body).containsEntry("callId", id).containsEntry("channel", "test")
        .containsEntry("from", "+12175550101").containsEntry("tenantId", null);
    assertThat(body.get("endedAt")).isNotNull();
    assertThat(body).containsKeys("startedAt", "verified", "intents", "outcome", "summary", "transcript");
    List<Map<String, Object>> transcript = ApiFixture.objects(body.get("transcript"));
    assertThat(transcript).extracting(l -> l.get("speaker")).containsOnly("assistant", "caller").startsWith("assistant")
        .endsWith("assistant");
    assertThat(transcript).filteredOn(l -> "caller".equals(l.get("speaker")))
        .singleElement().satisfies(l -> assertThat(l).containsEntry("text", "hello").containsKey("at"));
  }

  @Test
  void givenEndedCall_turn_isRefusedWith409() {
    String id = start();
    api.send("DELETE", "/api/test-calls/" + id, null, ApiFixture.TOKEN);

    ApiFixture.Response turn = api.post("/api/test-calls/" + id + "/turns", "{\"text\": \"hello?\"}");

    assertThat(turn.status()).isEqualTo(409);
    assertThat(turn.object()).containsEntry("error", "call_ended").containsKey("message");
  }

  @Test
  void givenChrisEndsTheCall_turnSaysEnded_laterTurnsAre409_andHangUpStillReturnsTheRecord() {
    String id = start();

    ApiFixture.Response bye = api.post("/api/test-calls/" + id + "/turns", "{\"text\": \"bye\"}");

    assertThat(bye.object()).containsEntry("ended", true);
    assertThat(api.post("/api/test-calls/" + id + "/turns", "{\"text\": \"hello?\"}").status()).isEqualTo(409);
    ApiFixture.Response record = api.send("DELETE", "/api/test-calls/" + id, null, ApiFixture.TOKEN);
    assertThat(record.status()).isEqualTo(200);
    assertThat(record.object().get("endedAt")).isNotNull();
    assertThat(api.context.testCalls().liveCount()).isZero();
  }

  @Test
  void givenUnknownCall_turnAndHangUp_are404() {
    assertThat(api.post("/api/test-calls/c_nope/turns", "{\"text\": \"hi\"}").status()).isEqualTo(404);
    ApiFixture.Response hangUp = api.send("DELETE", "/api/test-calls/c_nope", null, ApiFixture.TOKEN);
    assertThat(hangUp.status()).isEqualTo(404);
    assertThat(hangUp.object()).containsEntry("error", "unknown_call");
  }

  @Test
  void givenAbandonedCall_idleSweep_endsAndLogsIt() {
    String id = start();
    api.clock.advance(Duration.ofMinutes(11));

    int ended = api.context.testCalls().endIdle();

    assertThat(ended).isEqualTo(1);
    Map<String, Object> record = api.get("/api/calls/" + id).object();
    assertThat(record.get("endedAt")).isNotNull();
  }

  @Test
  void givenRecentlyActiveCall_idleSweep_leavesItRunning() {
    start();
    api.clock.advance(Duration.ofMinutes(5));

    assertThat(api.context.testCalls().endIdle()).isZero();
  }

  @Test
  void givenAnonymousCaller_start_recordsNullFrom() {
    String id = (String) api.post("/api/test-calls", "").object().get("callId");

    assertThat(api.get("/api/calls/" + id).object()).containsEntry("from", null);
  }

  private String start() {
    return (String) api.post("/api/test-calls", "{\"from\": \"+12175550101\"}").object().get("callId");
  }

  private static List<String> strings(Object list) {
    return ((List<?>) list).stream().map(String::valueOf).toList();
  }
}
