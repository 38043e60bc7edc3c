package app.chris.app.phone;

import app.chris.app.Server;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Polls {@code /ready} until it answers 200 (e.g. the voice warmed) or {@code patience} runs out. */
final class ReadyWait {
  private ReadyWait() {}

  static int ready(Server server, Duration patience) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/ready")).build();
    long end = System.nanoTime() + patience.toNanos();
    int status = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
    while (status != 200 && System.nanoTime() < end) {
      Thread.sleep(50);
      status = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
    return status;
  }
}
