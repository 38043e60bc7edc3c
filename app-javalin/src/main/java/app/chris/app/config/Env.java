package app.chris.app.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Typed, validating reads from an environment map; blank values count as unset. Errors name the variable. */
final class Env {
  private final Map<String, String> vars;

  Env(Map<String, String> vars) {
    this.vars = Map.copyOf(Objects.requireNonNull(vars, "vars"));
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(vars.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  String get(String name, String fallback) {
    return get(name).orElse(fallback);
  }

  boolean anySet(String... names) {
    for (String name : names) {
      if (get(name).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** A value required because a related variable is set (e.g. a password once a user name is given). */
  String require(String name, String because) {
    return get(name).orElseThrow(() -> new ConfigException(name + " must be set " + because));
  }

  int port(String name, int fallback) {
    Optional<String> raw = get(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(raw.get());
      if (port < 0 || port > 65535) {
        throw new ConfigException(name + " must be a port number from 0 to 65535, got " + port);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new ConfigException(name + " must be a port number, got '" + raw.get() + "'");
    }
  }

  long positiveLong(String name, long fallback) {
    Optional<String> raw = get(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      long value = Long.parseLong(raw.get());
      if (value <= 0) {
        throw new ConfigException(name + " must be a positive number, got " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ConfigException(name + " must be a whole number, got '" + raw.get() + "'");
    }
  }

  /** A whole number from {@code min} to {@code max}. */
  long whole(String name, long fallback, long min, long max) {
    Optional<String> raw = get(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      long value = Long.parseLong(raw.get());
      if (value < min || value > max) {
        throw new ConfigException(name + " must be from " + min + " to " + max + ", got " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ConfigException(name + " must be a whole number, got '" + raw.get() + "'");
    }
  }

  /** A decimal number from {@code min} to {@code max}. */
  double decimal(String name, double fallback, double min, double max) {
    Optional<String> raw = get(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      double value = Double.parseDouble(raw.get());
      if (!(value >= min && value <= max)) {
        throw new ConfigException(name + " must be from " + min + " to " + max + ", got " + raw.get());
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ConfigException(name + " must be a number such as 0.5, got '" + raw.get() + "'");
    }
  }

  URI urlOr(String name, String fallback) {
    return parseUrl(name, get(name).orElse(fallback));
  }

  static URI parseUrl(String name, String value) {
    try {
      URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null
          || !(scheme.equals("http") || scheme.equals("https"))) {
        throw new ConfigException(name + " must be an http(s) URL with a host, got '" + value + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ConfigException(name + " is not a valid URL: '" + value + "'");
    }
  }
}
