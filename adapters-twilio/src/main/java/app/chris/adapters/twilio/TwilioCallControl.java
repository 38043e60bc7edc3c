package app.chris.adapters.twilio;

import app.chris.core.port.FailureKind;
import app.chris.core.port.PhoneNumber;
import app.chris.core.port.PortException;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.Twiml;
import java.net.SocketTimeoutException;
import java.util.Objects;
import java.util.Optional;

/**
 * Live-call control over Twilio's REST API ({@code POST /2010-04-01/Accounts/{sid}/Calls/{CallSid}.json}).
 * New TwiML replaces the running {@code <Connect><Stream>}, which ends the media stream. Blocking (one HTTP
 * request; keep it off the WebSocket I/O thread); thread-safe. Failures are {@link PortException}s.
 */
public final class TwilioCallControl {
  /** Twilio refuses inline TwiML longer than this. */
  static final int MAX_TWIML_CHARS = 4000;

  private final TwilioRestClient client;
  private final PublicUrls urls;

  public TwilioCallControl(TwilioRestClient client, PublicUrls urls) {
    this.client = Objects.requireNonNull(client, "client");
    this.urls = Objects.requireNonNull(urls, "urls");
  }

  /** Redirects the live call to a {@code <Dial>} (cold transfer, optional whisper to whoever answers). */
  public void transfer(String callSid, TransferPlan plan) {
    String xml = TwilioTwiml.transfer(urls, plan);
    if (xml.length() > MAX_TWIML_CHARS) {
      throw new IllegalArgumentException("transfer TwiML over " + MAX_TWIML_CHARS + " characters");
    }
    execute("transfer", () -> Call.updater(callSid).setTwiml(new Twiml(xml)).update(client));
  }

  /**
   * Hands the live call to the office without Chris: {@code words} to the caller, then the office number (or, with
   * none, a hang-up). The TwiML needs nothing from this server afterwards, so it is safe while shutting down.
   */
  public void forwardToOffice(String callSid, Optional<PhoneNumber> office, String words) {
    String xml = TwilioTwiml.forwardToOffice(words, office, OfficeForward.NOBODY_ANSWERED);
    execute("forward", () -> Call.updater(callSid).setTwiml(new Twiml(xml)).update(client));
  }

  /**
   * Moves the live call into Chris's keypad-and-speech flow ({@code /twilio/gather}): the media stream ends and
   * Twilio's own speech recognition listens from now on (the ears cannot open).
   */
  public void redirectToGather(String callSid) {
    String xml = GatherTwiml.redirectToGather(urls);
    execute("redirect", () -> Call.updater(callSid).setTwiml(new Twiml(xml)).update(client));
  }

  /** Ends the call ({@code Status=completed}). */
  public void hangUp(String callSid) {
    execute("hang up", () -> Call.updater(callSid).setStatus(Call.UpdateStatus.COMPLETED).update(client));
  }

  private static void execute(String what, Runnable request) {
    try {
      request.run();
    } catch (ApiException e) {
      throw new PortException(kindOf(e), "Twilio " + what + " failed: " + e.getMessage(), e);
    } catch (ApiConnectionException e) {
      throw new PortException(FailureKind.UNAVAILABLE, "Twilio " + what + " failed: " + e.getMessage(), e);
    } catch (TwilioException e) {
      throw new PortException(FailureKind.UNKNOWN, "Twilio " + what + " failed: " + e.getMessage(), e);
    }
  }

  static FailureKind kindOf(ApiException e) {
    Integer status = e.getStatusCode();
    if (status == null) {
      // No HTTP status: the request never got an answer (connection refused, reset, timed out).
      return e.getCause() instanceof SocketTimeoutException ? FailureKind.TIMEOUT : FailureKind.UNAVAILABLE;
    }
    if (status == 401 || status == 403) {
      return FailureKind.AUTHENTICATION;
    }
    if (status == 429) {
      return FailureKind.RATE_LIMITED;
    }
    if (status == 408) {
      return FailureKind.TIMEOUT;
    }
    if (status >= 500) {
      return FailureKind.UNAVAILABLE;
    }
    return status >= 400 ? FailureKind.INVALID_REQUEST : FailureKind.UNKNOWN;
  }
}
