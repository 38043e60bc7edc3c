package app.chris.testkit.twilio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The caller's half of one media socket, behaving like Twilio: caller frames leave on an absolute 20 ms schedule;
 * received audio "plays" in real time from when it arrives; a mark is echoed when the audio queued before it has
 * played; {@code clear} drops the queue and echoes pending marks at once (as Twilio does). Thread-safe.
 */
final class SimulatedMediaStream extends WebSocketListener {
  private static final long FRAME_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
  private static final byte SILENCE = (byte) 0xFF;
  private static final byte[] NOTHING = new byte[0];

  private final TwilioMediaFrames frames;
  private final CallerTap tap;
  private final ObjectMapper json = new ObjectMapper();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "simulated-twilio-caller");
    t.setDaemon(true);
    return t;
  });
  private final List<CallerEvent> events = new CopyOnWriteArrayList<>();
  private final Map<String, ScheduledFuture<?>> pendingEchoes = new LinkedHashMap<>();
  private final CountDownLatch opened = new CountDownLatch(1);
  private final long startNanos = System.nanoTime();
  private final ArrayDeque<Byte> speech = new ArrayDeque<>();
  private volatile WebSocket socket;
  private volatile boolean closed;
  private long playheadNanos;
  private ScheduledFuture<?> pump;
  private long pumpStartNanos;
  private long framesSent;

  SimulatedMediaStream(TwilioMediaFrames frames, CallerTap tap) {
    this.frames = frames;
    this.tap = tap;
  }

  void open(OkHttpClient client, Request request, Map<String, String> parameters) {
    socket = client.newWebSocket(request, this);
    try {
      if (!opened.await(5, TimeUnit.SECONDS)) {
        throw new IllegalStateException("media socket did not open within 5 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (closed) {
      return; // refused at the handshake: the "closed" event carries the HTTP status
    }
    sendText(frames.connected());
    sendText(frames.start(parameters));
    tap.startSent(System.nanoTime());
    pumpStartNanos = System.nanoTime();
    pump = timer.scheduleAtFixedRate(this::sendFrame, 0, FRAME_NANOS, TimeUnit.NANOSECONDS);
  }

  synchronized void speak(byte[] mulaw) {
    for (byte b : mulaw) {
      speech.add(b);
    }
  }

  void sendText(String text) {
    WebSocket current = socket;
    if (current != null && !closed) {
      current.send(text);
    }
  }

  void hangUp() {
    if (pump != null) {
      pump.cancel(false);
    }
    sendText(frames.stop());
    WebSocket current = socket;
    if (current != null) {
      current.close(1000, "caller hung up");
    }
  }

  List<CallerEvent> events() {
    return List.copyOf(events);
  }

  boolean closed() {
    return closed;
  }

  void close() {
    if (!closed) {
      hangUp();
    }
    timer.shutdownNow();
  }

  private void sendFrame() {
    byte[] frame = new byte[160];
    long due;
    synchronized (this) {
      due = pumpStartNanos + framesSent++ * FRAME_NANOS;
      int n = Math.min(frame.length, speech.size());
      Arrays.fill(frame, SILENCE);
      for (int i = 0; i < n; i++) {
        frame[i] = speech.pollFirst();
      }
    }
    sendText(frames.media(frame));
    tap.frameSent(due, System.nanoTime());
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    opened.countDown();
  }

  @Override
  public synchronized void onMessage(WebSocket webSocket, String text) {
    JsonNode message;
    try {
      message = json.readTree(text);
    } catch (java.io.IOException e) {
      record("unparseable", text, 0);
      return;
    }
    long now = System.nanoTime();
    String event = message.path("event").asText("");
    if ("media".equals(event)) {
      byte[] payload = Base64.getDecoder().decode(message.path("media").path("payload").asText(""));
      int bytes = payload.length;
      tap.received(now, event, payload);
      playheadNanos = Math.max(now, playheadNanos) + TimeUnit.MILLISECONDS.toNanos(bytes / 8);
      record("media", "", bytes);
    } else if ("mark".equals(event)) {
      tap.received(now, event, NOTHING);
      String name = message.path("mark").path("name").asText("");
      record("mark", name, 0);
      pendingEchoes.put(name, timer.schedule(() -> echo(name), Math.max(0, playheadNanos - now), TimeUnit.NANOSECONDS));
    } else if ("clear".equals(event)) {
      tap.received(now, event, NOTHING);
      record("clear", "", 0);
      playheadNanos = now;
      List.copyOf(pendingEchoes.keySet()).forEach(name -> {
        pendingEchoes.get(name).cancel(false);
        echo(name);
      });
    } else {
      record(event.isEmpty() ? "unknown" : event, text, 0);
    }
  }

  private synchronized void echo(String name) {
    if (pendingEchoes.remove(name) != null) {
      sendText(frames.mark(name));
      record("echo", name, 0);
    }
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(1000, null);
    onClosed(webSocket, code, reason);
  }

  @Override
  public void onClosed(WebSocket webSocket, int code, String reason) {
    if (!closed) {
      closed = true;
      record("closed", Integer.toString(code), 0);
      opened.countDown();
      if (pump != null) {
        pump.cancel(false);
      }
    }
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable t, Response response) {
    onClosed(webSocket, response == null ? 1006 : response.code(), String.valueOf(t));
  }

  private void record(String type, String detail, int bytes) {
    events.add(new CallerEvent(Duration.ofNanos(System.nanoTime() - startNanos), type, detail, bytes));
  }
}
