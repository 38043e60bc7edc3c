/** Delivery of the transactional outbox: the worker that retries side effects until sent or visibly dead. */
package app.chris.core.outbox;
