package app.chris.app.bench;

import app.chris.testkit.twilio.SimulatedCall;
import app.chris.testkit.twilio.SimulatedTwilioCaller;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One bench run: Chris and the fakes start, callers dial one after another (each waits until its ears session is
 * open, so session i belongs to call i), every call talks for the run's length, and heap, RSS and CPU are read at
 * the middle of the time all calls are up.
 */
final class LoadRun {
  private LoadRun() {}

  static RunResult run(BenchSettings settings) throws IOException, InterruptedException {
    BenchStats stats = new BenchStats();
    FreshUtterances fresh = new FreshUtterances();
    try (BenchServer server = new BenchServer(settings); GcPauses gc = new GcPauses()) {
      Footprint idle = Footprint.measure(stats);
      fresh.liveFrom(server.stamps.latestUtterance() + 1);
      ExecutorService scripts = Executors.newFixedThreadPool(settings.calls(), r -> daemon(r));
      List<SimulatedTwilioCaller> callers = new ArrayList<>();
      Optional<String> problem = Optional.empty();
      long firstEnd = 0;
      for (int i = 0; i < settings.calls() && problem.isEmpty(); i++) {
        CallerProbe probe = new CallerProbe(stats, fresh, settings.vendorLatency().toNanos());
        SimulatedTwilioCaller caller = new SimulatedTwilioCaller(call(server, i), probe);
        callers.add(caller);
        caller.connect(caller.dial());
        if (!awaitSession(server, i + 1)) {
          problem = Optional.of("call " + (i + 1) + " got no ears session within 10 s");
          break;
        }
        long end = System.nanoTime() + settings.length().toNanos();
        firstEnd = i == 0 ? end : firstEnd;
        int session = i;
        scripts.execute(() -> new CallScript(caller, probe, server.realtime, session, stats).run(end));
      }
      long rampEnd = System.nanoTime();
      long cpuAtRampEnd = Footprint.cpu();
      long middle = rampEnd + Math.max(0, firstEnd - rampEnd) / 2;
      TimeUnit.NANOSECONDS.sleep(Math.max(0, middle - System.nanoTime()));
      double loadedSeconds = Math.max(1e-3, (System.nanoTime() - rampEnd) / 1e9);
      Footprint loaded = Footprint.measure(stats);
      scripts.shutdown();
      scripts.awaitTermination(settings.length().toSeconds() + 60, TimeUnit.SECONDS);
      callers.forEach(SimulatedTwilioCaller::close);
      return new RunResult(settings, stats, gc.pauses, server.readyNanos(), idle, loaded,
          (loaded.cpuNanos() - cpuAtRampEnd) / 1e9 / loadedSeconds, callers.size(),
          server.realtime.audioAppends(), server.model.followUps(), problem);
    }
  }

  private static boolean awaitSession(BenchServer server, int count) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.realtime.sessions() < count) {
      if (System.nanoTime() > end) {
        return false;
      }
      Thread.sleep(2);
    }
    return true;
  }

  private static SimulatedCall call(BenchServer server, int i) {
    return new SimulatedCall(server.url(), BenchServer.PUBLIC_URL,
        new SimulatedCall.TwilioAccount(BenchServer.ACCOUNT, BenchServer.AUTH_TOKEN),
        String.format("CA%032d", i + 1), String.format("+1630555%04d", 2000 + i), "+12175550100");
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "bench-caller-script");
    t.setDaemon(true);
    return t;
  }
}
