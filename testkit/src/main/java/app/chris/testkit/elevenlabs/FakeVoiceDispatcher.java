package app.chris.testkit.elevenlabs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/** Routes the fake's requests: WebSocket upgrade for multi-stream-input, chunked mu-law for /stream. */
final class FakeVoiceDispatcher extends Dispatcher {
  private final FakeElevenLabsServer fake;
  private final ObjectMapper json = new ObjectMapper();

  FakeVoiceDispatcher(FakeElevenLabsServer fake) {
    this.fake = fake;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    fake.countRequest();
    List<String> path = request.getUrl().pathSegments();
    boolean tts = path.size() == 4 && path.get(0).equals("v1") && path.get(1).equals("text-to-speech");
    if (tts && path.get(3).equals("multi-stream-input")) {
      return upgrade(request);
    }
    if (tts && path.get(3).equals("stream") && request.getMethod().equals("POST")) {
      return stream(request, path.get(2));
    }
    return new MockResponse.Builder().code(404).body(VoiceErrors.detail("not_found", "no such path")).build();
  }

  private MockResponse upgrade(RecordedRequest request) {
    Optional<FakeVoiceScript.HttpFailure> failure = fake.script().nextHandshakeFailure();
    if (failure.isPresent()) {
      return error(failure.get());
    }
    String key = Optional.ofNullable(request.getHeaders().get("xi-api-key")).orElse("");
    return new MockResponse.Builder().webSocketUpgrade(fake.newSocket(key)).build();
  }

  private MockResponse stream(RecordedRequest request, String voiceId) {
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    String text = text(body);
    String format = Optional.ofNullable(request.getUrl().queryParameter("output_format")).orElse("mp3_44100_128");
    String key = Optional.ofNullable(request.getHeaders().get("xi-api-key")).orElse("");
    fake.recordStream(new RecordedSynthesis(voiceId, format, key, text, body));
    Optional<FakeVoiceScript.HttpFailure> failure = fake.script().nextStreamFailure();
    if (failure.isPresent()) {
      return error(failure.get());
    }
    FakeVoiceScript script = fake.script();
    Buffer audio = new Buffer().write(FakeVoiceAudio.of(text, script.bytesPerCharacter()));
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "audio/basic")
        .setHeader("request-id", "req_fake_" + fake.streamRequests().size())
        .headersDelay(script.firstByteDelay().toMillis(), TimeUnit.MILLISECONDS)
        .chunkedBody(audio, script.chunkBytes()).build();
  }

  private String text(String body) {
    try {
      JsonNode node = json.readTree(body);
      return node == null ? "" : node.path("text").asText("");
    } catch (IOException e) {
      return "";
    }
  }

  private static MockResponse error(FakeVoiceScript.HttpFailure failure) {
    return new MockResponse.Builder().code(failure.status()).setHeader("Content-Type", "application/json")
        .body(failure.body()).build();
  }
}
