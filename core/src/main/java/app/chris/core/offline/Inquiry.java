package app.chris.core.offline;

import java.util.Objects;
import java.util.Optional;

/** What a question is about: a topic (e.g. "fitness room", "pets", "availability"), bedrooms and a rent cap. */
record Inquiry(Optional<String> topic, Optional<Integer> bedrooms, Optional<Integer> maxRent) {
  Inquiry {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(bedrooms, "bedrooms");
    Objects.requireNonNull(maxRent, "maxRent");
  }
}
