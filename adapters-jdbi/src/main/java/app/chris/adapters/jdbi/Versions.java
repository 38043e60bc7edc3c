package app.chris.adapters.jdbi;

import org.jdbi.v3.core.Handle;

/** Content counters in {@code store_versions}, shared by every instance on the database. */
final class Versions {
  static final String KNOWLEDGE = "knowledge";
  static final String PORTFOLIO = "portfolio";

  private Versions() {}

  /** Bumps and returns the counter; inside a transaction the row lock orders concurrent writers. */
  static long bump(Handle h, String store) {
    h.createUpdate("UPDATE store_versions SET version = version + 1 WHERE store = :store")
        .bind("store", store).execute();
    return read(h, store);
  }

  static long read(Handle h, String store) {
    return h.createQuery("SELECT version FROM store_versions WHERE store = :store")
        .bind("store", store).mapTo(Long.class).one();
  }
}
