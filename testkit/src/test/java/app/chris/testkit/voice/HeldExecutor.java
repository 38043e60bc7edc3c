package app.chris.testkit.voice;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

/** Holds tasks until the test releases them: audio that arrives only when the test says so. Thread-safe. */
final class HeldExecutor implements Executor {
  private final ConcurrentLinkedQueue<Runnable> held = new ConcurrentLinkedQueue<>();

  @Override
  public void execute(Runnable task) {
    held.add(task);
  }

  int held() {
    return held.size();
  }

  /** Runs everything held so far; returns how many tasks ran. */
  int release() {
    int ran = 0;
    for (Runnable task = held.poll(); task != null; task = held.poll()) {
      task.run();
      ran++;
    }
    return ran;
  }
}
