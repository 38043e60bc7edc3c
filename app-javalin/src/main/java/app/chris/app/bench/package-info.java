/**
 * {@code chris.jar bench}: the whole voice path under load. The server runs in-process with the testkit's fake
 * vendors at realistic latencies; simulated Twilio callers stream, talk, barge in and hang up; every hop is timed
 * with {@link System#nanoTime()} and summarised with HdrHistogram into JSON and a BENCHMARKS.md table.
 */
package app.chris.app.bench;
