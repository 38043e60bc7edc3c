package app.chris.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.chris.testkit.openai.FakeRealtimeServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.Test;

/** Many live calls at once: each holds WebSockets open, and the next call must still connect. */
class VendorHttpTest {
  @Test
  void seventyOpenWebSocketsDoNotStopTheNextOneFromConnecting() {
    OkHttpClient http = VendorHttp.client();
    List<WebSocket> open = new ArrayList<>();
    try (FakeRealtimeServer realtime = FakeRealtimeServer.start()) {
      Request request = new Request.Builder().url(realtime.baseUrl().toString() + "/realtime").build();
      for (int i = 0; i < 71; i++) {
        open.add(http.newWebSocket(request, new WebSocketListener() {}));
      }

      long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (realtime.sessions() < 71 && System.nanoTime() < end) {
        Thread.onSpinWait();
      }

      assertThat(realtime.sessions()).isEqualTo(71);
    } finally {
      open.forEach(s -> s.cancel());
      http.dispatcher().executorService().shutdown();
    }
  }
}
