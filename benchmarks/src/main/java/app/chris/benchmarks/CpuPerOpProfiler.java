package app.chris.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The benchmark process's CPU time per operation ({@code -prof app.chris.benchmarks.CpuPerOpProfiler}): on a
 * machine shared with other builds, wall time per operation mostly measures waiting for a core; CPU time is the
 * work itself (all threads of the fork, so GC and the JIT are included; both are small once warmed up).
 */
public final class CpuPerOpProfiler implements InternalProfiler {
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long cpuAtStart;

  @Override
  public String getDescription() {
    return "process CPU time per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    cpuAtStart = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long ops = Math.max(1, result.getMetadata().getMeasuredOps());
    double micros = (os.getProcessCpuTime() - cpuAtStart) / 1_000.0 / ops;
    return List.of(new ScalarResult("cpu.per.op", micros, "us/op", AggregationPolicy.AVG));
  }
}
