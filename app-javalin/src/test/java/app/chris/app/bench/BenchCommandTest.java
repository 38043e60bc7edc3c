package app.chris.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's smoke mode, as CI runs it: it works and reports, how fast is for BENCHMARKS.md. */
class BenchCommandTest {
  @TempDir
  Path dir;

  @Test
  void twoCallsForThreeSecondsCompleteAndReportEveryFigureWithNoFrameLost() throws Exception {
    Path json = dir.resolve("bench.json");
    Path markdown = dir.resolve("BENCHMARKS.md");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int exit = new BenchCommand(new PrintStream(out, true, StandardCharsets.UTF_8)).run(List.of("--calls", "2",
        "--seconds", "3", "--voice-ms", "20", "--json", json.toString(), "--markdown", markdown.toString()));

    assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
    JsonNode result = new ObjectMapper().readTree(json.toFile());
    assertThat(result.path("calls").asInt()).isEqualTo(2);
    assertThat(result.path("callsCompleted").asInt()).isEqualTo(2);
    assertThat(result.path("framesSent").asLong()).isPositive();
    assertThat(result.path("framesReceived").asLong()).isPositive();
    assertThat(result.path("framesDropped").asLong()).isZero();
    assertThat(result.path("framesReordered").asLong()).isZero();
    for (String figure : List.of("relayMs", "jitterMs", "bargeInMs", "greetingMs", "turnOverheadMs")) {
      assertThat(result.path(figure).fieldNames()).toIterable().as(figure).contains("p50", "p99", "max");
    }
    assertThat(result.path("greetingMs").path("count").asInt()).isEqualTo(2);
    assertThat(result.has("heapPerCallMb")).isTrue();
    assertThat(result.has("gcPauseP99Ms")).isTrue();
    assertThat(Files.readString(markdown)).contains("Load run: 2 calls", "| relay", "| greeting");
  }

  @Test
  void unknownFlagsAreRefusedWithTheUsage() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int exit = new BenchCommand(new PrintStream(out, true, StandardCharsets.UTF_8)).run(List.of("--cals", "2"));

    assertThat(exit).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: bench --calls N");
  }
}
