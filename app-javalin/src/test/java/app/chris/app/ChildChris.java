package app.chris.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code chris.jar serve} in a child JVM with exactly the given environment (nothing inherited), so a test can
 * kill it the hard way ({@link #kill()}: SIGKILL, like kill -9) or the polite way ({@link #sigterm()})
 * and start another on the same DATA_DIR. Its log goes to a file, shown when a start fails.
 */
final class ChildChris implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("Chris is listening on http://localhost:(\\d+)");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final Process process;
  private final Path log;
  private final List<String> stdout = new CopyOnWriteArrayList<>();
  private volatile int port = -1;

  private ChildChris(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code serve} with {@code env} (PORT=0 added) and waits until it listens. */
  static ChildChris start(Map<String, String> env, Path logDir) throws IOException, InterruptedException {
    Path log = Files.createTempFile(logDir, "chris-child-", ".log");
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "serve").redirectError(log.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    builder.environment().put("PORT", "0");
    ChildChris child = new ChildChris(builder.start(), log);
    child.readStdout();
    child.awaitListening();
    return child;
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** SIGKILL: the JVM dies at once, no shutdown hook, nothing flushed or closed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, as a supervisor stopping the service sends it: the shutdown hook starts; returns at once. */
  void sigterm() {
    process.destroy();
  }

  /** The exit code, or -1 if the process did not exit within {@code patience}. */
  int awaitExit(Duration patience) throws InterruptedException {
    return process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
  }

  boolean alive() {
    return process.isAlive();
  }

  List<String> stdout() {
    return List.copyOf(stdout);
  }

  String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private void readStdout() {
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          stdout.add(line);
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            port = Integer.parseInt(m.group(1));
          }
        }
      } catch (IOException e) {
        // The child died: its output ends here.
      }
    }, "child-chris-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  private void awaitListening() throws InterruptedException {
    long end = System.nanoTime() + START_TIMEOUT.toNanos();
    while (port < 0) {
      if (!process.isAlive() || System.nanoTime() > end) {
        process.destroyForcibly();
        throw new IllegalStateException("child Chris did not start; stdout " + stdout + "\nlog:\n" + log());
      }
      Thread.sleep(20);
    }
  }
}
