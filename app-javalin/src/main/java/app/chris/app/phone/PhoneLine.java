package app.chris.app.phone;

import app.chris.adapters.twilio.CallStatusCallback;
import app.chris.adapters.twilio.ConnectAction;
import app.chris.adapters.twilio.DialResult;
import app.chris.adapters.twilio.IncomingCall;
import app.chris.adapters.twilio.MediaStreamCounters;
import app.chris.adapters.twilio.OfficeForward;
import app.chris.adapters.twilio.PhraseLinks;
import app.chris.adapters.twilio.PublicUrls;
import app.chris.adapters.twilio.StreamAdmission;
import app.chris.adapters.twilio.TransferWhisper;
import app.chris.adapters.twilio.TwilioCallControl;
import app.chris.adapters.twilio.TwilioMediaCodec;
import app.chris.adapters.twilio.TwilioRestClients;
import app.chris.adapters.twilio.TwilioSettings;
import app.chris.adapters.twilio.TwilioSignatureValidator;
import app.chris.adapters.twilio.VoiceWebhook;
import app.chris.adapters.twilio.WebhookGate;
import app.chris.adapters.twilio.WebhookReply;
import app.chris.adapters.twilio.WebhookRequest;
import app.chris.app.config.AppConfig;
import app.chris.app.live.LiveReporter;
import app.chris.core.call.VoiceAssistant;
import app.chris.core.port.PropertyDirectory;
import app.chris.core.port.StreamTokens;
import app.chris.core.voice.FixedLineBook;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The Twilio phone line of one server: webhooks (signed over {@code PUBLIC_BASE_URL}; everything refused without
 * {@code TWILIO_AUTH_TOKEN}), one-time stream tokens (shared with the other instances through {@code tokens}) and
 * the live calls. Built once; thread-safe. {@link #close()} ends the live calls.
 */
public final class PhoneLine implements AutoCloseable {
  /** How long closing waits for ended calls' final records, which must be written before the database closes. */
  static final Duration FINAL_RECORDS = Duration.ofSeconds(10);
  /** How long one line may take to synthesise for {@code <Play>} before Twilio's own voice says it instead. */
  static final Duration PHRASE_PATIENCE = Duration.ofSeconds(3);
  final PublicUrls urls;
  final TwilioSignatureValidator validator;
  final WebhookGate gate;
  final VoiceWebhook voiceWebhook;
  final DialResult dialResult;
  final TransferWhisper whisper;
  final CallStatusCallback status;
  final StreamAdmission admission;
  final MediaStreamCounters counters = new MediaStreamCounters();
  final TwilioMediaCodec codec = new TwilioMediaCodec(counters);
  final LiveCalls calls = new LiveCalls();
  final Optional<CallParts> parts;
  /** Chris's lines as audio files for the keypad-and-speech flow's {@code <Play>}. */
  final PhraseAudio phrases;
  /** Signs the phrase files' URLs; a fetch without a valid, unexpired signature is refused. */
  final PhraseLinks phraseLinks;
  final GatherFlow gather;
  final boolean hasVoice;
  private final PropertyDirectory directory;
  private final PhoneEdges edges;
  private final AtomicBoolean draining = new AtomicBoolean();
  private final ExecutorService io = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "chris-phone-io");
    t.setDaemon(true);
    return t;
  });

  /** Every call is reported to {@code live} (the dashboard's live view). */
  public PhoneLine(AppConfig config, VoiceAssistant assistant, PropertyDirectory directory, PhoneEdges edges,
      StreamTokens tokens, Clock clock, LiveReporter live) {
    this.directory = directory;
    this.edges = edges;
    this.urls = new PublicUrls(config.publicBaseUrl());
    Optional<String> account = config.vendors().twilio().map(t -> t.accountSid()).filter(s -> !s.isBlank());
    this.validator = new TwilioSignatureValidator(
        config.vendors().twilio().map(t -> t.authToken()).orElse(""), urls);
    this.gate = new WebhookGate(validator, account);
    this.voiceWebhook = new VoiceWebhook(gate, tokens, urls, clock, this::ringing);
    this.dialResult = new DialResult(gate, urls, new ParkedDials(calls, tokens));
    this.whisper = new TransferWhisper(gate);
    this.status = new CallStatusCallback(gate, calls::onStatus);
    this.admission = new StreamAdmission(tokens, account);
    this.hasVoice = edges.voice().isPresent();
    this.phrases = new PhraseAudio(edges.voice(), GatherFlow.knownLines(new FixedLineBook(directory, clock)),
        PHRASE_PATIENCE);
    this.phraseLinks = PhraseLinks.forAuthToken(config.vendors().twilio().map(t -> t.authToken()).orElse(""), clock);
    this.gather = new GatherFlow(gate, calls, urls, phrases, phraseLinks);
    this.parts = control(config).flatMap(control -> edges.voice().map(voice ->
        new CallParts(assistant, voice, edges.ears(), control, codec, io, live)));
  }

  private void ringing(IncomingCall call) {
    calls.announce(call);
    // Open the voice socket while Twilio connects the media stream, so the greeting needs no handshake.
    edges.voice().ifPresent(v -> io.execute(v::prewarm));
  }

  /** The voice webhook's answer: Chris, or (no voice configured, or shutting down) straight to the office. */
  Function<WebhookRequest, WebhookReply> voiceAnswer() {
    if (draining.get()) {
      return new OfficeForward(gate, directory.company().officePhone())::handle;
    }
    return hasVoice ? voiceWebhook::handle : connectAction()::handle;
  }

  /** Shutting down: from now on new calls are put through to the office instead of reaching Chris. */
  public void stopTakingCalls() {
    draining.set(true);
  }

  public boolean takingCalls() {
    return !draining.get();
  }

  /** Calls Chris is on, plus calls held while on-call staff are rung. */
  public int activeCalls() {
    return calls.liveCount() + calls.parkedCount();
  }

  /**
   * Hands every call Chris is still on to the office (shutting down, the drain ran out), in parallel, and ends
   * them; returns how many. Calls held while on-call staff are rung stay with Twilio's dial.
   */
  public int handOverRemaining(String reason) {
    return new OfficeHandover(calls, io, FINAL_RECORDS).handOver(directory.company().officePhone(), reason);
  }

  /** Built per request: the office number comes from the portfolio, which admins may change at any time. */
  ConnectAction connectAction() {
    return new ConnectAction(gate, calls, directory.company().officePhone(), urls);
  }

  /** Frames received and rejected on all media sockets. */
  public MediaStreamCounters counters() {
    return counters;
  }

  public int liveCalls() {
    return calls.liveCount();
  }

  @Override
  public void close() {
    try {
      calls.endAll(FINAL_RECORDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    io.shutdown();
    edges.voice().filter(v -> v instanceof AutoCloseable).ifPresent(PhoneLine::closeQuietly);
  }

  private static void closeQuietly(Object resource) {
    try {
      ((AutoCloseable) resource).close();
    } catch (Exception e) {
      // Shutting down: a voice socket that does not close cleanly changes nothing.
    }
  }

  private Optional<TwilioCallControl> control(AppConfig config) {
    return config.vendors().twilio().filter(t -> !t.accountSid().isBlank() && !t.authToken().isBlank())
        .map(t -> new TwilioCallControl(
            TwilioRestClients.create(new TwilioSettings(t.accountSid(), t.authToken(), t.apiBaseUrl())), urls));
  }
}
