/**
 * Adapter: durable stores on Jdbi over H2 (embedded, file in {@code DATA_DIR}) or PostgreSQL (scale-out), with
 * Flyway migrations from {@code db/migration}; plus the {@code chris-portfolio/1} file reader.
 */
package app.chris.adapters.jdbi;
