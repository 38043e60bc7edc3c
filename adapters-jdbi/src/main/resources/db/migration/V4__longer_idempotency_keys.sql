-- Idempotency keys are built by callers (call id + intent + unit, hashes, prefixes such as "work-order:");
-- room to spare so a long key never fails the transaction that also saves the call record.
ALTER TABLE outbox ALTER COLUMN idempotency_key SET DATA TYPE VARCHAR(500);
ALTER TABLE service_requests ALTER COLUMN idempotency_key SET DATA TYPE VARCHAR(500);
