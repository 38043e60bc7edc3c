-- One row per company: the whole imported portfolio as a JSON snapshot (PINs already hashed). Importing a
-- company replaces its row in one transaction; readers serve the newest row from memory.
-- Why a snapshot and not tables per entity: the portfolio is only ever replaced whole and read whole (into
-- memory, never queried by SQL on the call path), the file format is already the contract, and one row makes
-- "replace atomically" and "which version is this" trivial. Calls and requests keep plain ids, not foreign keys,
-- because they must outlive a re-import that drops a unit or tenant.
CREATE TABLE portfolio_snapshots (
  company_name  VARCHAR(200) NOT NULL PRIMARY KEY,
  snapshot      TEXT         NOT NULL,
  version       BIGINT       NOT NULL,
  imported_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX portfolio_snapshots_version_idx ON portfolio_snapshots (version);
