package app.chris.testkit.twilio;

import app.chris.testkit.fault.FaultPlan;
import app.chris.testkit.fault.FaultingDispatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A local stand-in for Twilio's REST API (on 127.0.0.1) speaking the Calls update endpoint
 * {@code POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json}: checks Basic auth, records every update,
 * answers with a Call resource or Twilio's error JSON. A completed call refuses further updates (21220), as
 * Twilio does. Thread-safe; close it after the test.
 */
public final class FakeTwilioRestServer implements AutoCloseable {
  private static final Pattern CALL_UPDATE =
      Pattern.compile("/2010-04-01/Accounts/(AC[0-9a-zA-Z]+)/Calls/(CA[0-9a-zA-Z]+)\\.json");

  private final MockWebServer server = new MockWebServer();
  private final FaultPlan faults = new FaultPlan();
  private final String accountSid;
  private final String expectedAuthorization;
  private final List<RecordedCallUpdate> updates = new CopyOnWriteArrayList<>();
  private final Set<String> completedCalls = ConcurrentHashMap.newKeySet();
  private final List<MockResponse> scriptedFailures = new CopyOnWriteArrayList<>();

  private FakeTwilioRestServer(String accountSid, String authToken) {
    this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
    String credentials = accountSid + ":" + Objects.requireNonNull(authToken, "authToken");
    this.expectedAuthorization =
        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  /** Starts a fake that accepts only {@code accountSid}:{@code authToken}. */
  public static FakeTwilioRestServer start(String accountSid, String authToken) {
    FakeTwilioRestServer fake = new FakeTwilioRestServer(accountSid, authToken);
    fake.server.setDispatcher(new FaultingDispatcher(fake.faults, new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return fake.answer(request);
      }
    }));
    try {
      fake.server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fake;
  }

  /** Use as {@code TWILIO_API_BASE_URL}. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getPort());
  }

  /** Every call update received, in order (including refused ones that passed authentication). */
  public List<RecordedCallUpdate> callUpdates() {
    return List.copyOf(updates);
  }

  /** Vendor faults for REST requests (call updates). */
  public FaultPlan faultPlan() {
    return faults;
  }

  /** The next request is answered with Twilio's error shape: {@code status}, Twilio {@code code}, message. */
  public void failNext(int status, int code, String message) {
    scriptedFailures.add(TwilioRestResponses.error(status, code, message));
  }

  private MockResponse answer(RecordedRequest request) {
    if (!scriptedFailures.isEmpty()) {
      return scriptedFailures.remove(0);
    }
    if (!expectedAuthorization.equals(request.getHeaders().get("Authorization"))) {
      return TwilioRestResponses.error(401, 20003, "Authenticate");
    }
    Matcher m = CALL_UPDATE.matcher(request.getUrl().encodedPath());
    if (!"POST".equals(request.getMethod()) || !m.matches() || !m.group(1).equals(accountSid)) {
      return TwilioRestResponses.error(404, 20404, "The requested resource was not found");
    }
    String callSid = m.group(2);
    RecordedCallUpdate update = new RecordedCallUpdate(accountSid, callSid,
        FormBodies.decode(request.getBody() == null ? "" : request.getBody().utf8()),
        request.getHeaders().get("Authorization"));
    updates.add(update);
    if (completedCalls.contains(callSid)) {
      return TwilioRestResponses.error(400, 21220, "Call is not in-progress. Cannot redirect.");
    }
    if (update.status().filter("completed"::equals).isPresent()) {
      completedCalls.add(callSid);
    }
    return TwilioRestResponses.call(accountSid, callSid, update.status().orElse("in-progress"));
  }

  @Override
  public void close() {
    server.close();
  }
}
