/** JMH benchmarks of the hot paths; run with {@code java -jar benchmarks/target/benchmarks.jar}. */
package app.chris.benchmarks;
