/** Adapter: jdbi. */
package app.chris.adapters.jdbi;
