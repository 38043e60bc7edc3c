package app.chris.testkit.rentmanager;

import java.time.Duration;
import java.util.Objects;

/** A one-shot misbehaviour of {@link FakeRentManagerServer}, injected for the next matching request. */
public sealed interface RentManagerFault {

  /** Answer with this HTTP status (e.g. 503) and an ErrorModel body, doing nothing else. */
  record Status(int code) implements RentManagerFault {}

  /** 429 with {@code x-ratelimit-reset} set to now + {@code resetIn} (epoch seconds, as the classic host). */
  record RateLimited(Duration resetIn) implements RentManagerFault {
    public RateLimited {
      Objects.requireNonNull(resetIn, "resetIn");
    }
  }

  /** Drop the connection without any reply (a reset or proxy failure). */
  record Reset() implements RentManagerFault {}

  /** Do the work (e.g. store the posted issue), then stall {@code hold} before replying: the client times out. */
  record AcceptThenStall(Duration hold) implements RentManagerFault {
    public AcceptThenStall {
      Objects.requireNonNull(hold, "hold");
    }
  }
}
