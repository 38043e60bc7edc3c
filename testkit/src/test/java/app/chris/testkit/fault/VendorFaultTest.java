package app.chris.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.chris.testkit.sendgrid.FakeSendGridServer;
import app.chris.testkit.twilio.FakeTwilioRestServer;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The same fault words work on both kinds of fake server (MockWebServer and the JDK's HttpServer). */
class VendorFaultTest {
  private static final String ACCOUNT = "AC" + "0".repeat(32);
  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  private final FakeTwilioRestServer twilio = FakeTwilioRestServer.start(ACCOUNT, "token");
  private final FakeSendGridServer sendGrid = FakeSendGridServer.start("SG.key");

  @AfterEach
  void stop() {
    twilio.close();
    sendGrid.close();
  }

  @Test
  void givenEachFault_whenARequestArrives_thenBothKindsOfFakeMisbehaveThatWayOnceAndThenRecover() throws IOException {
    for (URI base : new URI[] {twilio.baseUrl(), sendGrid.baseUri()}) {
      FaultPlan plan = base.equals(twilio.baseUrl()) ? twilio.faultPlan() : sendGrid.faultPlan();
      plan.next(1, new VendorFault.RateLimited(Duration.ofSeconds(7)));
      try (Response r = post(base)) {
        assertThat(r.code()).isEqualTo(429);
        assertThat(r.header("Retry-After")).isEqualTo("7");
      }
      plan.next(1, new VendorFault.ServerError(503));
      try (Response r = post(base)) {
        assertThat(r.code()).isEqualTo(503);
      }
      plan.next(1, new VendorFault.MalformedBody());
      try (Response r = post(base)) {
        assertThat(r.body().string()).startsWith("{").doesNotEndWith("}");
      }
      plan.next(1, new VendorFault.ConnectionReset());
      assertThatThrownBy(() -> post(base).body().string()).isInstanceOf(IOException.class);
      plan.next(1, new VendorFault.DisconnectMidStream());
      assertThatThrownBy(() -> post(base).body().string()).isInstanceOf(IOException.class);
      try (Response r = post(base)) {
        assertThat(r.code()).as("healthy again at %s", base).isNotIn(429, 503, 200);
      }
      assertThat(plan.applied()).hasSize(5);
    }
  }

  @Test
  void givenTheVendorIsDownUntilCleared_whenRequestsArrive_thenEveryOneFailsUntilClear() throws IOException {
    sendGrid.faultPlan().always(new VendorFault.ServerError(500));
    for (int i = 0; i < 3; i++) {
      try (Response r = post(sendGrid.baseUri())) {
        assertThat(r.code()).isEqualTo(500);
      }
    }
    sendGrid.faultPlan().clear();
    try (Response r = post(sendGrid.baseUri())) {
      assertThat(r.code()).isNotEqualTo(500);
    }
  }

  private Response post(URI base) throws IOException {
    Request request = new Request.Builder().url(base.resolve("/x").toString())
        .post(RequestBody.create("{}", MediaType.get("application/json"))).build();
    return http.newCall(request).execute();
  }
}
