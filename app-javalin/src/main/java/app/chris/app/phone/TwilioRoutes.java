package app.chris.app.phone;

import app.chris.adapters.twilio.OutboundSocket;
import app.chris.adapters.twilio.PhraseLinks;
import app.chris.adapters.twilio.PublicUrls;
import app.chris.adapters.twilio.TwilioMediaCodec;
import app.chris.adapters.twilio.WebhookReply;
import app.chris.adapters.twilio.WebhookRequest;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.websocket.WsContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Twilio's side of the HTTP surface: the webhooks ({@code /twilio/voice}, {@code status}, {@code connect-action},
 * {@code dial-result}, {@code whisper}, {@code gather}), the phrase files Twilio plays in the gather flow and the
 * media socket {@code /twilio/media}, whose upgrade must carry a
 * valid signature too. Replies come from the adapter's handlers; this class only translates HTTP.
 */
public final class TwilioRoutes {
  static final String SIGNATURE = "X-Twilio-Signature";

  private final PhoneLine phone;
  private final Map<String, MediaStreamSession> sockets = new ConcurrentHashMap<>();

  public TwilioRoutes(PhoneLine phone) {
    this.phone = phone;
  }

  public void register(JavalinConfig cfg) {
    // Let oversized frames reach the codec (which counts and skips them) instead of Jetty closing the call.
    cfg.jetty.modifyWebSocketServletFactory(f -> f.setMaxTextMessageSize(4L * TwilioMediaCodec.MAX_INBOUND_BYTES));
    cfg.routes.post(PublicUrls.VOICE, ctx -> answer(ctx, phone.voiceAnswer()));
    cfg.routes.post(PublicUrls.STATUS, ctx -> answer(ctx, phone.status::handle));
    cfg.routes.post(PublicUrls.CONNECT_ACTION, ctx -> answer(ctx, phone.connectAction()::handle));
    cfg.routes.post(PublicUrls.DIAL_RESULT, ctx -> answer(ctx, phone.dialResult::handle));
    cfg.routes.post(PublicUrls.GATHER, ctx -> answer(ctx, phone.gather::handle));
    cfg.routes.get(PublicUrls.PHRASES + "/{file}", this::phrase);
    cfg.routes.get(PublicUrls.WHISPER, this::whisper);
    cfg.routes.post(PublicUrls.WHISPER, this::whisper);
    cfg.routes.wsBeforeUpgrade(PublicUrls.MEDIA, ctx -> {
      if (!phone.validator.isValidUpgrade(PublicUrls.MEDIA, query(ctx), Optional.ofNullable(ctx.header(SIGNATURE)))) {
        throw new ForbiddenResponse("unsigned media stream");
      }
    });
    cfg.routes.ws(PublicUrls.MEDIA, ws -> {
      ws.onConnect(ctx -> sockets.put(ctx.sessionId(), newSession(ctx)));
      ws.onMessage(ctx -> session(ctx).ifPresent(s -> s.onMessage(ctx.message())));
      ws.onClose(ctx -> Optional.ofNullable(sockets.remove(ctx.sessionId())).ifPresent(MediaStreamSession::onClose));
      ws.onError(ctx -> Optional.ofNullable(sockets.remove(ctx.sessionId())).ifPresent(MediaStreamSession::onClose));
    });
  }

  private MediaStreamSession newSession(WsContext ctx) {
    ctx.enableAutomaticPings();
    OutboundSocket out = text -> {
      if (ctx.session.isOpen()) {
        ctx.send(text);
      }
    };
    return new MediaStreamSession(phone.codec, phone.admission, phone.calls, phone.parts, out, ctx::closeSession);
  }

  private Optional<MediaStreamSession> session(WsContext ctx) {
    return Optional.ofNullable(sockets.get(ctx.sessionId()));
  }

  /**
   * A phrase for {@code <Play>}: 403 (no body) unless the link's signature is valid and unexpired; then the line
   * (from any instance: {@link PhraseAudio}), else at once 404 for an id this instance cannot know, or 503 for a known
   * line the voice could not say within the phrase patience. Twilio skips a {@code <Play>} whose fetch fails (an
   * 11200 in its debugger) and goes on with the next line or the listening: a line unheard beats dead air until
   * Twilio's 15 s fetch timeout, and beats silent audio, which would hide the failure.
   */
  private void phrase(Context ctx) {
    String file = ctx.pathParam("file");
    String id = file.endsWith(".wav") ? file.substring(0, file.length() - ".wav".length()) : file;
    if (!phone.phraseLinks.valid(id, Optional.ofNullable(ctx.queryParam("exp")),
        Optional.ofNullable(ctx.queryParam("sig")))) {
      ctx.status(403).result("");
      return;
    }
    Optional<byte[]> wav = file.endsWith(".wav") ? phone.phrases.wav(id) : Optional.empty();
    if (wav.isEmpty()) {
      boolean known = file.endsWith(".wav") && phone.phrases.knows(id);
      ctx.status(known ? 503 : 404).contentType("text/plain").result(known ? "voice unavailable" : "no such phrase");
      return;
    }
    ctx.contentType("audio/wav").header("Cache-Control", "private, max-age=" + PhraseLinks.LIFETIME.toSeconds())
        .result(wav.get());
  }

  private void whisper(Context ctx) {
    WebhookRequest request = request(ctx);
    reply(ctx, phone.whisper.handle(request, Optional.ofNullable(ctx.queryParam("text"))));
  }

  private static void answer(Context ctx, Function<WebhookRequest, WebhookReply> handler) {
    reply(ctx, handler.apply(request(ctx)));
  }

  private static WebhookRequest request(Context ctx) {
    boolean form = "POST".equalsIgnoreCase(ctx.req().getMethod());
    return new WebhookRequest(ctx.path(), query(ctx), form ? ctx.formParamMap() : Map.of(),
        Optional.ofNullable(ctx.header(SIGNATURE)));
  }

  private static Optional<String> query(Context ctx) {
    return Optional.ofNullable(ctx.queryString()).filter(q -> !q.isEmpty());
  }

  private static void reply(Context ctx, WebhookReply reply) {
    if (reply instanceof WebhookReply.Twiml) {
      ctx.contentType(WebhookReply.Twiml.CONTENT_TYPE).result(((WebhookReply.Twiml) reply).xml());
    } else if (reply instanceof WebhookReply.Refused) {
      ctx.status(((WebhookReply.Refused) reply).status()).contentType("text/plain").result("refused");
    } else {
      throw new IllegalStateException("unhandled " + reply);
    }
  }
}
