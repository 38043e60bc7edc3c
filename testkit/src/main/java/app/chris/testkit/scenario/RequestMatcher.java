package app.chris.testkit.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Matches expected service requests to distinct actual ones (FORMAT.md): fields ending in {@code Id}, booleans
 * and numbers must be equal; other strings are regular expressions searched in the field. Backtracking is fine:
 * scenarios expect a handful of requests.
 */
final class RequestMatcher {
  private RequestMatcher() {}

  static boolean matchesDistinct(List<Map<String, Object>> expected, List<Map<String, Object>> actual) {
    return assign(expected, 0, actual, new ArrayList<>());
  }

  private static boolean assign(List<Map<String, Object>> expected, int index, List<Map<String, Object>> actual,
      List<Integer> used) {
    if (index == expected.size()) {
      return true;
    }
    for (int i = 0; i < actual.size(); i++) {
      if (!used.contains(i) && matches(expected.get(index), actual.get(i))) {
        used.add(i);
        if (assign(expected, index + 1, actual, used)) {
          return true;
        }
        used.remove(used.size() - 1);
      }
    }
    return false;
  }

  static boolean matches(Map<String, Object> expected, Map<String, Object> actual) {
    for (Map.Entry<String, Object> field : expected.entrySet()) {
      if (!fieldMatches(field.getKey(), field.getValue(), actual.get(field.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean fieldMatches(String name, Object want, Object got) {
    if (want == null || got == null) {
      return want == got;
    }
    if (name.endsWith("Id") || want instanceof Boolean) {
      return Objects.equals(String.valueOf(want), String.valueOf(got));
    }
    if (want instanceof Number) {
      return got instanceof Number && ((Number) want).doubleValue() == ((Number) got).doubleValue();
    }
    return Pattern.compile(String.valueOf(want)).matcher(String.valueOf(got)).find();
  }
}
