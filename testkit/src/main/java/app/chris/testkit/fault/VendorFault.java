package app.chris.testkit.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * One way a vendor misbehaves on one request, the same words for every fake vendor server (OpenAI chat and
 * Realtime, xAI, ElevenLabs, Rent Manager, SendGrid, Twilio REST). Each fake applies it in its own transport;
 * a {@link FaultPlan} says which requests get which fault.
 */
public sealed interface VendorFault {

  /** Answer normally, but only after {@code delay} (a slow or stalled vendor). */
  record Latency(Duration delay) implements VendorFault {
    public Latency {
      Objects.requireNonNull(delay, "delay");
    }
  }

  /** Close the connection without any reply (a reset, a proxy dropping us). */
  record ConnectionReset() implements VendorFault {}

  /** 429 with {@code Retry-After} (seconds) and {@code X-RateLimit-Reset} (epoch seconds) set {@code retryAfter} out. */
  record RateLimited(Duration retryAfter) implements VendorFault {
    public RateLimited {
      Objects.requireNonNull(retryAfter, "retryAfter");
    }
  }

  /** A 5xx status with a JSON error body. */
  record ServerError(int status) implements VendorFault {
    public ServerError {
      if (status < 500 || status > 599) {
        throw new IllegalArgumentException("not a server error: " + status);
      }
    }
  }

  /** 200 with a body the protocol cannot parse (truncated JSON, no event stream, no upgrade). */
  record MalformedBody() implements VendorFault {}

  /** Start the real reply, then drop the connection half-way (streams and sockets: after the first exchange). */
  record DisconnectMidStream() implements VendorFault {}

  /** A short name for reports and parameterised test names. */
  default String label() {
    if (this instanceof Latency l) {
      return "latency " + l.delay().toMillis() + " ms";
    }
    if (this instanceof RateLimited r) {
      return "429 retry-after " + r.retryAfter().toSeconds() + " s";
    }
    if (this instanceof ServerError s) {
      return String.valueOf(s.status());
    }
    return this instanceof ConnectionReset ? "connection reset"
        : this instanceof MalformedBody ? "malformed body" : "disconnect mid-stream";
  }
}
