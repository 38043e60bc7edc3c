/**
 * Driven ports: every interface the core needs from the outside world, plus the value records they carry.
 * No vendor words, no vendor types, no nulls: lookups return {@link java.util.Optional}. Infrastructure failures
 * surface as {@link app.chris.core.port.PortException}; domain outcomes are values.
 */
package app.chris.core.port;
