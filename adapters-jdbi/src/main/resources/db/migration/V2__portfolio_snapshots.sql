-- One row per company: the whole imported portfolio as a JSON snapshot (PINs already hashed). Importing a
-- company replaces its row in one transaction; readers serve the newest row from memory.
CREATE TABLE portfolio_snapshots (
  company_name  VARCHAR(200) NOT NULL PRIMARY KEY,
  snapshot      TEXT         NOT NULL,
  version       BIGINT       NOT NULL,
  imported_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX portfolio_snapshots_version_idx ON portfolio_snapshots (version);
