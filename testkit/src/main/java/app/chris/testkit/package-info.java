/** Fakes, contract tests, fake vendor servers, simulated caller and scenario runner. */
package app.chris.testkit;
