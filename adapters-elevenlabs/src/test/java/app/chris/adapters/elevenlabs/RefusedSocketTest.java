package app.chris.adapters.elevenlabs;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PortException;
import app.chris.testkit.elevenlabs.VoiceErrors;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A refusal can arrive before the utterance's context joins the socket (a fast 429 on a loaded machine). */
class RefusedSocketTest {
  private final VoiceFixture voice = new VoiceFixture();

  @AfterEach
  void tearDown() {
    voice.close();
  }

  @Test
  void givenHandshakeRefusedBeforeTheContextJoined_attach_stillTellsTheUtteranceWhy() throws Exception {
    voice.fake.script().refuseHandshake(429, VoiceErrors.detail("too_many_concurrent_requests", "limit"));
    VoiceConnection connection = VoiceConnection.open(new OkHttpClient(), voice.settings, new ObjectMapper());
    awaitDead(connection);
    CompletableFuture<PortException> lost = new CompletableFuture<>();

    connection.attach(new ContextListener() {
      @Override
      public void audio(byte[] mulaw) {}

      @Override
      public void finished() {}

      @Override
      public void lost(PortException why, boolean opened) {
        lost.complete(opened ? new PortException(FailureKind.UNKNOWN, "reported as a drop") : why);
      }
    });

    assertThat(lost.get(5, TimeUnit.SECONDS).kind()).isEqualTo(FailureKind.RATE_LIMITED);
  }

  private static void awaitDead(VoiceConnection connection) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!connection.dead() && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    assertThat(connection.dead()).isTrue();
  }
}
