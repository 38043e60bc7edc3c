-- One-time media-stream tokens shared by every instance: the webhook answered on one server, the media socket
-- may land on another. Only a SHA-256 of the token is kept (it is a bearer secret for the socket).
CREATE TABLE stream_tokens (
  token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
  call_sid    VARCHAR(64)  NOT NULL,
  issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX stream_tokens_expiry_idx ON stream_tokens (expires_at);
