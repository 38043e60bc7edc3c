package app.chris.core.call;

import app.chris.core.port.CallId;
import app.chris.core.port.Channel;
import app.chris.core.port.PhoneNumber;
import java.util.Objects;
import java.util.Optional;

/** How a call begins: its id, channel and the caller id (empty when withheld). */
public record CallStart(CallId id, Channel channel, Optional<PhoneNumber> from, Optional<PhoneNumber> to) {
  public CallStart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
