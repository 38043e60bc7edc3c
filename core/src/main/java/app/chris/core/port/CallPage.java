package app.chris.core.port;

import java.util.List;
import java.util.Optional;

/** One page of call history, newest first; {@code next} is the query for the following page, if there is one. */
public record CallPage(List<CallListing> calls, Optional<CallQuery> next) {
  public CallPage {
    calls = List.copyOf(calls);
    java.util.Objects.requireNonNull(next, "next");
  }

  /**
   * The page for {@code query} from the calls fetched for it in order, at most one more than its limit: that
   * extra call is not shown, it only tells that a next page exists (which starts after the last call shown).
   */
  public static CallPage of(CallQuery query, List<CallListing> fetched) {
    if (fetched.size() <= query.limit()) {
      return new CallPage(fetched, Optional.empty());
    }
    List<CallListing> shown = fetched.subList(0, query.limit());
    return new CallPage(shown, Optional.of(query.after(shown.get(shown.size() - 1).id())));
  }
}
