package app.chris.testkit.scenario;

/** A scenario file that breaks {@code chris-scenario/1}; the message names the file and the bad field. */
public final class ScenarioFormatException extends RuntimeException {
  public ScenarioFormatException(String message) {
    super(message);
  }
}
