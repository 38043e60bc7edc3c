/** One vocabulary of vendor faults (latency, resets, 429, 5xx, malformed bodies, mid-stream drops) for every fake. */
package app.chris.testkit.fault;
