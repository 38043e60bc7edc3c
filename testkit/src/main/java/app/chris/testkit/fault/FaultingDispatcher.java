package app.chris.testkit.fault;

import java.io.IOException;
import java.util.Optional;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.WebSocketListener;
import okio.Buffer;

/**
 * Puts a {@link FaultPlan} in front of a MockWebServer fake's own dispatcher: a request the plan picks gets its
 * fault, every other one the fake's normal answer. WebSocket handshakes fail the same way (a refused, reset or
 * malformed handshake); {@link VendorFault.DisconnectMidStream} lets the socket open and drops it after the
 * client's first message.
 */
public final class FaultingDispatcher extends Dispatcher {
  private final FaultPlan plan;
  private final Dispatcher fake;

  public FaultingDispatcher(FaultPlan plan, Dispatcher fake) {
    this.plan = plan;
    this.fake = fake;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    Optional<VendorFault> fault = plan.take(request.getUrl().encodedPath());
    if (fault.isEmpty()) {
      return fake.dispatch(request);
    }
    VendorFault f = fault.get();
    if (f instanceof VendorFault.Latency latency) {
      Thread.sleep(latency.delay().toMillis());
      return fake.dispatch(request);
    }
    if (f instanceof VendorFault.ConnectionReset) {
      return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }
    if (f instanceof VendorFault.RateLimited limited) {
      return new MockResponse.Builder().code(429).setHeader("Content-Type", "application/json")
          .setHeader("Retry-After", FaultBodies.retryAfterSeconds(limited.retryAfter()))
          .setHeader("X-RateLimit-Remaining", "0")
          .setHeader("X-RateLimit-Reset", FaultBodies.resetEpochSeconds(limited.retryAfter()))
          .body(FaultBodies.error("rate_limit_exceeded", "injected rate limit")).build();
    }
    if (f instanceof VendorFault.ServerError error) {
      return new MockResponse.Builder().code(error.status()).setHeader("Content-Type", "application/json")
          .body(FaultBodies.error("server_error", "injected server error")).build();
    }
    if (f instanceof VendorFault.MalformedBody) {
      return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
          .body(FaultBodies.MALFORMED).build();
    }
    return cut(fake.dispatch(request));
  }

  /** The fake's real reply, cut off half-way; a socket drops after the client's first message. */
  private static MockResponse cut(MockResponse real) {
    WebSocketListener socket = real.getWebSocketListener();
    if (socket != null) {
      return new MockResponse.Builder(real).webSocketUpgrade(new DroppingListener(socket)).build();
    }
    Buffer whole = new Buffer();
    try {
      if (real.getBody() != null) {
        real.getBody().writeTo(whole);
      }
    } catch (IOException e) {
      // a scripted body that breaks by itself: what it wrote so far is the half we send
    }
    byte[] bytes = whole.readByteArray();
    byte[] half = java.util.Arrays.copyOf(bytes, Math.max(1, bytes.length / 2));
    // The socket is closed half-way (MockWebServer alone would keep it open and the client would wait).
    return new MockResponse.Builder(real).removeHeader("Content-Length").body(new CutBody(half))
        .onResponseBody(new SocketEffect.CloseSocket()).build();
  }
}
