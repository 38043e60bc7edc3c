package app.chris.core.port;

import java.util.List;
import java.util.Optional;

/** One page of call history, newest first; {@code next} is the query for the following page, if there is one. */
public record CallPage(List<CallListing> calls, Optional<CallQuery> next) {
  public CallPage {
    calls = List.copyOf(calls);
    java.util.Objects.requireNonNull(next, "next");
  }
}
