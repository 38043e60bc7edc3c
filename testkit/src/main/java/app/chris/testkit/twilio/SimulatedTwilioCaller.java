package app.chris.testkit.twilio;

import app.chris.testkit.NoDelaySockets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Plays Twilio for one inbound call against a running server: signs and posts the voice webhook, reads the
 * TwiML, opens the signed media socket, sends {@code connected}/{@code start} with the stream token, streams
 * real-time 20 ms mu-law frames, echoes marks once the audio before them has "played", and hangs up with
 * {@code stop}. Everything received is recorded with timestamps ({@link #events()}). Thread-safe.
 */
public final class SimulatedTwilioCaller implements AutoCloseable {
  public static final String STREAM_SID = "MZ00000000000000000000000000000001";

  private final SimulatedCall call;
  private final TwilioWebhookSigner signer;
  private final TwilioMediaFrames frames;
  private final HttpClient http = HttpClient.newHttpClient();
  private final OkHttpClient sockets = new OkHttpClient.Builder().readTimeout(Duration.ZERO)
      .socketFactory(NoDelaySockets.clients()).build();
  private final SimulatedMediaStream stream;

  public SimulatedTwilioCaller(SimulatedCall call) {
    this(call, CallerTap.NONE);
  }

  /** A caller whose every sent and received frame is also shown to {@code tap} (the load benchmark). */
  public SimulatedTwilioCaller(SimulatedCall call, CallerTap tap) {
    this.call = call;
    this.signer = new TwilioWebhookSigner(call.account().authToken());
    this.frames = new TwilioMediaFrames(STREAM_SID, call.callSid(), call.account().accountSid());
    this.stream = new SimulatedMediaStream(frames, tap);
  }

  public String callSid() {
    return call.callSid();
  }

  /** The call rings: {@code POST /twilio/voice}, signed as Twilio would. */
  public TwimlAnswer dial() {
    return post("/twilio/voice",
        TwilioWebhookForms.incomingCall(call.callSid(), call.account().accountSid(), call.from(), call.to()));
  }

  /** Any signed webhook POST (status callback, connect action, ...). */
  public TwimlAnswer post(String path, Map<String, String> form) {
    return send(path, form, signer.sign(call.publicBaseUrl() + path, form));
  }

  /** A POST with a signature made with the wrong key, as a forger would. */
  public TwimlAnswer postForged(String path, Map<String, String> form) {
    return send(path, form, new TwilioWebhookSigner("not-the-auth-token").sign(call.publicBaseUrl() + path, form));
  }

  /** Opens the answer's media stream and sends {@code connected} and {@code start} with its parameters. */
  public void connect(TwimlAnswer answer) {
    connect(answer, answer.parameters());
  }

  /** Same with other {@code <Parameter>}s (a stolen or reused token, none at all). */
  public void connect(TwimlAnswer answer, Map<String, String> parameters) {
    String publicUrl = answer.streamUrl().orElseThrow(() -> new IllegalStateException("no stream: " + answer.body()));
    URI target = URI.create(publicUrl);
    String local = "ws://" + call.serverUrl().getHost() + ":" + call.serverUrl().getPort() + target.getRawPath()
        + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
    Request request = new Request.Builder().url(local)
        .header(TwilioWebhookSigner.HEADER, signer.sign(publicUrl, Map.of())).build();
    stream.open(sockets, request, parameters);
  }

  /** What the caller says next (mu-law, streamed in real time after what is already queued); silence otherwise. */
  public void speak(byte[] mulaw) {
    stream.speak(mulaw);
  }

  public void press(String digit) {
    stream.sendText(frames.dtmf(digit));
  }

  /** Sends any text frame as is (malformed-frame tests). */
  public void sendRaw(String text) {
    stream.sendText(text);
  }

  /** The caller hangs up: audio stops, {@code stop} is sent and the socket closes. */
  public void hangUp() {
    stream.hangUp();
  }

  public List<CallerEvent> events() {
    return stream.events();
  }

  public List<CallerEvent> events(String type) {
    return events().stream().filter(e -> e.is(type)).collect(Collectors.toList());
  }

  /** Bytes of Chris's audio received so far. */
  public long audioBytes() {
    return events("media").stream().mapToLong(CallerEvent::bytes).sum();
  }

  public boolean closed() {
    return stream.closed();
  }

  /** Polls until {@code condition} holds; false after the timeout. */
  public boolean await(Predicate<SimulatedTwilioCaller> condition, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.test(this)) {
      if (System.nanoTime() > end) {
        return false;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    stream.close();
    sockets.dispatcher().executorService().shutdown();
    sockets.connectionPool().evictAll();
  }

  private TwimlAnswer send(String path, Map<String, String> form, String signature) {
    String body = form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    HttpRequest request = HttpRequest.newBuilder(call.serverUrl().resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header(TwilioWebhookSigner.HEADER, signature)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return TwimlAnswer.parse(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
