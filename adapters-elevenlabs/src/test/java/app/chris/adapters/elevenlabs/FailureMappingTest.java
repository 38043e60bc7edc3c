package app.chris.adapters.elevenlabs;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import app.chris.testkit.elevenlabs.RecordingAudioSink;
import app.chris.testkit.elevenlabs.VoiceErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FailureMappingTest {
  private final VoiceFixture voice = new VoiceFixture();

  @AfterEach
  void tearDown() {
    voice.close();
  }

  private FailureKind failureOf(RecordingAudioSink sink) {
    assertThat(sink.isDone()).isFalse();
    return sink.failure().map(PortException::kind).orElseThrow();
  }

  @Test
  void givenBadKey_utterance_failsAuthenticationWithoutTryingHttp() {
    voice.fake.script().refuseHandshake(401, VoiceErrors.detail("invalid_api_key", "Invalid API key"));

    assertThat(failureOf(voice.say("Hello. "))).isEqualTo(FailureKind.AUTHENTICATION);
    assertThat(voice.fake.streamRequests()).isEmpty();
  }

  @Test
  void givenQuotaExceeded_utterance_failsQuota() {
    voice.fake.script().refuseHandshake(401, VoiceErrors.detail("quota_exceeded", "Out of credits"));

    assertThat(failureOf(voice.say("Hello. "))).isEqualTo(FailureKind.QUOTA);
  }

  @Test
  void givenSystemBusy_httpStream_retriesWithBackoffAndSpeaks() {
    voice.fake.script().refuseHandshake(503, "")
        .failStream(429, VoiceErrors.detail("system_busy", "busy")).failStream(500, "{}");

    RecordingAudioSink sink = voice.say("Hello. ");

    assertThat(sink.failure()).isEmpty();
    assertThat(VoiceFixture.heard(sink)).isEqualTo("Hello.");
    assertThat(voice.fake.streamRequests()).hasSize(3);
  }

  @Test
  void givenTooManyConcurrentRequests_httpStream_failsRateLimitedWithoutRetry() {
    voice.fake.script().refuseHandshake(503, "")
        .failStream(429, VoiceErrors.detail("too_many_concurrent_requests", "limit"));

    assertThat(failureOf(voice.say("Hello. "))).isEqualTo(FailureKind.RATE_LIMITED);
    assertThat(voice.fake.streamRequests()).hasSize(1);
  }

  @Test
  void givenHandshakeRefusedAsSystemBusy_utterance_retriesOnHttpWithBackoffAndSpeaks() {
    String busy = VoiceErrors.detail("system_busy", "busy");
    voice.fake.script().refuseHandshake(429, busy).failStream(429, busy);

    RecordingAudioSink sink = voice.say("Hello. ");

    assertThat(sink.failure()).isEmpty();
    assertThat(VoiceFixture.heard(sink)).isEqualTo("Hello.");
    assertThat(voice.fake.streamRequests()).hasSize(2);
  }

  @Test
  void givenHandshakeAndStreamOverTheConcurrencyLimit_utterance_failsRateLimitedAtOnceToShedLoad() {
    String full = VoiceErrors.detail("too_many_concurrent_requests", "limit");
    voice.fake.script().refuseHandshake(429, full).failStream(429, full);

    assertThat(failureOf(voice.say("Hello. "))).isEqualTo(FailureKind.RATE_LIMITED);
    assertThat(voice.fake.streamRequests()).hasSize(1);
  }

  @Test
  void givenValidationError_httpStream_failsInvalidRequest() {
    voice.fake.script().refuseHandshake(503, "").failStream(422, VoiceErrors.validation("text", "too long"));

    assertThat(failureOf(voice.say("Hello. "))).isEqualTo(FailureKind.INVALID_REQUEST);
  }

  @Test
  void givenSocketRejectsAMessage_utterance_failsInvalidRequest() {
    voice.fake.failNextSocketMessage(VoiceErrors.socketError("invalid_input_message", "Could not parse"));

    assertThat(failureOf(voice.say("Hello. "))).isEqualTo(FailureKind.INVALID_REQUEST);
  }

  @Test
  void givenSettings_toString_hidesTheKey() {
    assertThat(voice.settings.toString()).doesNotContain(VoiceFixture.KEY).contains("apiKey=***");
  }

  @Test
  void givenHttpsBase_socketUrl_isWssMultiStreamInputInUlaw() {
    ElevenLabsSettings settings = ElevenLabsSettings.of(java.net.URI.create("https://api.elevenlabs.io"), "k", "v1");

    assertThat(settings.socketUrl().toString()).startsWith(
        "wss://api.elevenlabs.io/v1/text-to-speech/v1/multi-stream-input?model_id=eleven_flash_v2_5"
            + "&output_format=ulaw_8000");
    assertThat(settings.streamUrl().toString())
        .isEqualTo("https://api.elevenlabs.io/v1/text-to-speech/v1/stream?output_format=ulaw_8000");
  }
}
