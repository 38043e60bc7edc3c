package app.chris.testkit.openai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A request {@link FakeOpenAiServer} received: its path, bearer token and parsed JSON body. */
public record RecordedChatRequest(String path, Optional<String> bearerToken, JsonNode body) {
  public RecordedChatRequest {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(bearerToken, "bearerToken");
    Objects.requireNonNull(body, "body");
  }

  /** The messages with the given role, in order. */
  public List<JsonNode> messages(String role) {
    List<JsonNode> found = new ArrayList<>();
    body.path("messages").forEach(m -> {
      if (role.equals(m.path("role").asText())) {
        found.add(m);
      }
    });
    return found;
  }

  /** The names of the function tools offered. */
  public List<String> toolNames() {
    List<String> names = new ArrayList<>();
    body.path("tools").forEach(t -> names.add(t.path("function").path("name").asText()));
    return names;
  }
}
