/**
 * Adapter for the Rent Manager 12 Web API (WAPI12): a token-sharing session, a paging HTTP client, a synced
 * portfolio snapshot ({@link app.chris.adapters.rentmanager.RentManagerPortfolio}) and idempotent write-back
 * ({@link app.chris.adapters.rentmanager.RentManagerPropertySystem}). Ids are Rent Manager's numeric ids with a
 * kind prefix ("P11", "U2012", "T1001") so they cannot be confused across kinds.
 */
package app.chris.adapters.rentmanager;
