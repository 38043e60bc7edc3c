package app.chris.app.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How Chris's words map to this Rent Manager database's own list names (never ids): service-issue categories and
 * priorities, the status of a new issue, the history category of call notes; plus how often the snapshot syncs.
 */
public record RentManagerNames(
    Map<String, String> categories,
    String defaultCategory,
    Map<String, String> priorities,
    String newStatus,
    String callNoteCategory,
    Duration syncInterval) {

  public RentManagerNames {
    categories = Map.copyOf(categories);
    Objects.requireNonNull(defaultCategory, "defaultCategory");
    priorities = Map.copyOf(priorities);
    Objects.requireNonNull(newStatus, "newStatus");
    Objects.requireNonNull(callNoteCategory, "callNoteCategory");
    Objects.requireNonNull(syncInterval, "syncInterval");
  }

  private static final Set<String> PRIORITIES = Set.of("emergency", "urgent", "normal", "low");

  static RentManagerNames from(Env env) {
    Map<String, String> priorities =
        pairs(env, "RENTMANAGER_PRIORITY_NAMES", "emergency=Emergency;urgent=High;normal=Normal;low=Low");
    priorities.keySet().stream().filter(p -> !PRIORITIES.contains(p)).findFirst().ifPresent(p -> {
      throw new ConfigException("RENTMANAGER_PRIORITY_NAMES names an unknown priority '" + p
          + "' (use emergency, urgent, normal, low)");
    });
    return new RentManagerNames(pairs(env, "RENTMANAGER_CATEGORY_NAMES", ""),
        env.get("RENTMANAGER_DEFAULT_CATEGORY", "General"), priorities,
        env.get("RENTMANAGER_NEW_STATUS", "New"), env.get("RENTMANAGER_CALL_NOTE_CATEGORY", "Phone Call"),
        Duration.ofSeconds(env.positiveLong("RENTMANAGER_SYNC_SECONDS", 300)));
  }

  /** Parses {@code chris=Rent Manager name} pairs separated by semicolons; keys are lower-cased. */
  private static Map<String, String> pairs(Env env, String name, String fallback) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : env.get(name, fallback).split(";")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new ConfigException(name + " must be 'ours=theirs' pairs separated by ';', got '" + pair.strip() + "'");
      }
      out.put(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT), pair.substring(eq + 1).strip());
    }
    return out;
  }
}
