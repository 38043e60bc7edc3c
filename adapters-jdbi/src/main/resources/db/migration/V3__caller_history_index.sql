-- Caller history (recentFrom) orders by started_at then id: include id so the index covers the tie-break.
-- (V1 and V2 are never edited once committed: Flyway checksums them in every database that ran them.)
DROP INDEX calls_from_idx;
CREATE INDEX calls_from_caller_idx ON calls (from_number, started_at, id);
