-- Dashboard accounts and login sessions (shared by every instance). Sessions keep only a digest of the cookie
-- token; user names are stored lower-case. Sessions have no foreign key: the ADMIN_TOKEN login has no account.
CREATE TABLE dashboard_users (
  name          VARCHAR(64)  NOT NULL PRIMARY KEY,
  role          VARCHAR(16)  NOT NULL,
  password_hash VARCHAR(200) NOT NULL,
  created_by    VARCHAR(64)  NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE dashboard_sessions (
  token_digest VARCHAR(64) NOT NULL PRIMARY KEY,
  user_name    VARCHAR(64) NOT NULL,
  role         VARCHAR(16) NOT NULL,
  csrf_token   VARCHAR(64) NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX dashboard_sessions_expiry_idx ON dashboard_sessions (expires_at);
CREATE INDEX dashboard_sessions_user_idx ON dashboard_sessions (user_name);
