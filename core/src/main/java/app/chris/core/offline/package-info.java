/**
 * The offline language engine: Chris's embedded brain when no cloud model is configured and the last step of the
 * failover chain. Pure Java, deterministic, no network: {@link app.chris.core.offline.LanguageUnderstanding} turns
 * a caller's line into intents and slots; {@link app.chris.core.offline.OfflineLanguageModel} drives the core's
 * tools with it.
 */
package app.chris.core.offline;
