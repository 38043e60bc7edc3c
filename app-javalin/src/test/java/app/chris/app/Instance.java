package app.chris.app;

import app.chris.app.config.AppConfig;
import app.chris.testkit.twilio.SimulatedCall;
import app.chris.testkit.twilio.SimulatedTwilioCaller;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;

/** One Chris server as {@code serve} builds it ({@link Wiring} over the configured database), on a free port. */
final class Instance implements AutoCloseable {
  final AppContext context;
  final Server server;
  private final HttpClient http = HttpClient.newHttpClient();

  private Instance(AppContext context, Server server) {
    this.context = context;
    this.server = server;
  }

  static Instance start(Map<String, String> env) {
    AppContext context = Wiring.open(AppConfig.fromEnv(env), new EchoModel(), Clock.systemUTC());
    return new Instance(context, Server.start(context, 0));
  }

  /** Twilio calling this server for call {@code sid} (from +12175550101 to the office line). */
  SimulatedTwilioCaller caller(String sid) {
    return new SimulatedTwilioCaller(new SimulatedCall(URI.create("http://127.0.0.1:" + server.port()),
        TwoInstancesTest.PUBLIC_URL, new SimulatedCall.TwilioAccount(TwoInstancesTest.ACCOUNT,
            TwoInstancesTest.AUTH_TOKEN), sid, "+12175550101", "+12175550100"));
  }

  /** The body of an admin GET, whatever its status. */
  String get(String path) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .header("Authorization", "Bearer " + context.adminToken()).GET().build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
