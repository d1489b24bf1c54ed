-- Account administration and login protection (issue 15).

-- A disabled account cannot log in and has no sessions; NULL = active.
ALTER TABLE users ADD COLUMN disabled_at timestamptz;

-- Idle sessions end: the last time a session was used (updated at most once a minute).
ALTER TABLE sessions ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now();

-- Browsers in which an account has logged in successfully ("device cookies"). A login from such a
-- browser is throttled on its own, so failures an attacker causes elsewhere cannot lock the real
-- user out. One browser may know several accounts (a shared PC). Only the token's SHA-256 is kept.
CREATE TABLE known_devices (
  token_hash   text NOT NULL,
  user_id      integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (token_hash, user_id)
);
CREATE INDEX known_devices_user ON known_devices(user_id);
