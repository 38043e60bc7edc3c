package app.chris.core.address;

import java.util.List;
import java.util.Objects;

/** A normalised street name: its distinctive words ("maple") and suffix ("ct", or "" for "Broadway"). */
record Street(List<String> core, String suffix) {
  Street {
    core = List.copyOf(core);
    Objects.requireNonNull(suffix, "suffix");
    if (core.isEmpty()) {
      throw new IllegalArgumentException("a street needs a name");
    }
  }

  String key() {
    return suffix.isEmpty() ? String.join(" ", core) : String.join(" ", core) + " " + suffix;
  }
}
