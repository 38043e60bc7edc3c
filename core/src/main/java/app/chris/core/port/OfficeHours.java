package app.chris.core.port;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/** Opening hours for a set of weekdays, in the company's time zone. */
public record OfficeHours(Set<DayOfWeek> days, LocalTime open, LocalTime close) {
  public OfficeHours {
    days = Set.copyOf(days);
    Objects.requireNonNull(open, "open");
    Objects.requireNonNull(close, "close");
    if (!close.isAfter(open)) {
      throw new IllegalArgumentException("office closes before it opens");
    }
  }
}
