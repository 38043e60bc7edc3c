package app.chris.core.offline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the engine's bundled data files (lexicon, exemplars): non-blank lines without '#' comments. */
final class Resources {
  private Resources() {}

  static List<String> lines(String name) {
    InputStream in = Resources.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing offline engine resource " + name);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(Collectors.toUnmodifiableList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
